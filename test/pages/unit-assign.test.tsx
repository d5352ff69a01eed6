import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CloudError } from '@/services/cloud-error';
import AssignPage from '@/unit/pages/assign/index';
import { answerActions, inputsOf } from './cloud-mock';
import { enterprise, pickSteward, stewardLoad, stewardPage } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const RATIO_MESSAGE = '陆家嘴管理局现有 4 名管家服务 40 家企业，再分配将使平均数超过 10 家，请先增加管家';
const wang = stewardLoad({ id: 'u-steward-01', name: '王管家', enterprises: 10, overloaded: false });
const li = stewardLoad({ id: 'u-steward-02', name: '李管家', enterprises: 11, overloaded: true });
const unassigned = enterprise({ id: 'ent-new', name: '新纳入示例有限公司', stewardId: '', stewardName: '' });

async function openEnterprises() {
  fireEvent.click(await screen.findByText('全部企业'));
  await screen.findByText('新纳入示例有限公司');
  return screen.getByText('分配管家');
}

// The roster and the picker page the unit's stewards by name; a keyword narrows them.
const roster = (input: { keyword?: string; page?: number }) =>
  input.keyword ? stewardPage([li], { total: 1 }) : input.page === 2 ? stewardPage([li], { page: 2, total: 2 }) : stewardPage([wang], { hasMore: true, total: 2 });

describe('assigning enterprises to stewards', () => {
  it('lists the stewards a page at a time, finds them by name, and flags one above 10 enterprises', async () => {
    answerActions({ 'org.stewards': roster, 'enterprise.list': () => page([]) });
    const { container } = render(<AssignPage />);
    await screen.findByText('王管家');
    expect(screen.getByText('共 2 名管家')).toBeInTheDocument();
    fireEvent.click(screen.getByText('加载更多'));
    await screen.findByText('李管家');
    expect(inputsOf('org.stewards')).toEqual([{ assignable: false, page: 1, pageSize: 20 }, { assignable: false, page: 2, pageSize: 20 }]);
    const rows = [...container.querySelectorAll('.steward-load')];
    expect(rows[1]).toHaveTextContent('超过10家');
    expect(rows[0]).not.toHaveTextContent('超过10家');

    fireEvent.change(container.querySelector('.steward-search-input')!, { target: { value: ' 李 ' } });
    fireEvent.click(screen.getByText('搜索'));
    expect(await screen.findByText('姓名含“李”的管家 1 名')).toBeInTheDocument();
    expect(inputsOf('org.stewards').at(-1)).toEqual({ keyword: '李', assignable: false, page: 1, pageSize: 20 });
    expect(screen.queryByText('王管家')).not.toBeInTheDocument();
    fireEvent.click(screen.getByText('李管家'));
    expect(await screen.findByText('管家：李管家 ×')).toBeInTheDocument();
    expect(inputsOf('enterprise.list').at(-1)).toMatchObject({ stewardId: 'u-steward-02' });
  });

  it('shows the RATIO_EXCEEDED refusal as the server words it', async () => {
    answerActions({
      'org.stewards': () => stewardPage([wang, li]),
      'enterprise.list': () => page([unassigned]),
      'assignment.assign': () => {
        throw new CloudError('RATIO_EXCEEDED', RATIO_MESSAGE);
      },
    });
    render(<AssignPage />);
    const trigger = await openEnterprises();
    expect(screen.getByText('未分配管家')).toBeInTheDocument();
    fireEvent.click(trigger);
    // Only stewards who can take enterprises are offered, each with their load.
    await waitFor(() => expect([...document.querySelectorAll('.steward-option')].map((o) => o.textContent)).toEqual(['王管家（10 家）', '李管家（11 家，超过10家）']));
    expect(inputsOf('org.stewards').at(-1)).toEqual({ assignable: true, page: 1, pageSize: 20 });
    expect(screen.getByText('分配给管家（共 2 名）')).toBeInTheDocument();
    fireEvent.click(screen.getByText('王管家（10 家）'));
    expect(document.querySelector('.steward-sheet')).toBeNull();

    expect(await screen.findByText(RATIO_MESSAGE, { selector: '.assign-notice' })).toHaveClass('notice--error');
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '未能分配', content: RATIO_MESSAGE }));
    expect(inputsOf('assignment.assign')).toEqual([{ enterpriseId: 'ent-new', stewardId: 'u-steward-01' }]);
  });

  it('warns when the chosen steward now serves more than 10', async () => {
    answerActions({
      'org.stewards': () => stewardPage([wang, li]),
      'enterprise.list': () => page([unassigned]),
      'assignment.assign': () => ({ enterprise: { ...unassigned, stewardId: li.id, stewardName: li.name }, stewardOverloaded: true }),
    });
    render(<AssignPage />);
    await pickSteward(await openEnterprises(), '李管家');

    const notice = await screen.findByText(/李管家 服务的企业已超过 10 家/);
    expect(notice).toHaveClass('notice--warning');
    await waitFor(() => expect(inputsOf('enterprise.list').length).toBeGreaterThan(1));
  });
});
