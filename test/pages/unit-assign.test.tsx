import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CloudError } from '@/services/cloud-error';
import AssignPage from '@/unit/pages/assign/index';
import { answerActions, inputsOf } from './cloud-mock';
import { enterprise, stewardLoad } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const RATIO_MESSAGE = '陆家嘴管理局现有 4 名管家服务 40 家企业，再分配将使平均数超过 10 家，请先增加管家';
const wang = stewardLoad({ id: 'u-steward-01', name: '王管家', enterprises: 10, overloaded: false });
const li = stewardLoad({ id: 'u-steward-02', name: '李管家', enterprises: 11, overloaded: true });
const unassigned = enterprise({ id: 'ent-new', name: '新纳入示例有限公司', stewardId: '', stewardName: '' });

async function openEnterprises(container: HTMLElement) {
  fireEvent.click(await screen.findByText('全部企业'));
  await screen.findByText('新纳入示例有限公司');
  return container.querySelector('.enterprise-item .picker-select') as HTMLSelectElement;
}

describe('assigning enterprises to stewards', () => {
  it('flags a steward above 10 enterprises', async () => {
    answerActions({ 'org.stewards': () => [wang, li], 'enterprise.list': () => page([]) });
    const { container } = render(<AssignPage />);
    await screen.findByText('李管家');
    const rows = [...container.querySelectorAll('.steward-row')];
    expect(rows[1]).toHaveTextContent('超过10家');
    expect(rows[0]).not.toHaveTextContent('超过10家');
  });

  it('shows the RATIO_EXCEEDED refusal as the server words it', async () => {
    answerActions({
      'org.stewards': () => [wang, li],
      'enterprise.list': () => page([unassigned]),
      'assignment.assign': () => {
        throw new CloudError('RATIO_EXCEEDED', RATIO_MESSAGE);
      },
    });
    const { container } = render(<AssignPage />);
    const picker = await openEnterprises(container);
    expect(screen.getByText('未分配管家')).toBeInTheDocument();
    expect([...picker.options].map((o) => o.textContent)).toEqual(['王管家（10 家）', '李管家（11 家，超过10家）']);

    fireEvent.change(picker, { target: { value: '0' } });

    expect(await screen.findByText(RATIO_MESSAGE, { selector: '.assign-notice' })).toHaveClass('notice--error');
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '未能分配', content: RATIO_MESSAGE }));
    expect(inputsOf('assignment.assign')).toEqual([{ enterpriseId: 'ent-new', stewardId: 'u-steward-01' }]);
  });

  it('warns when the chosen steward now serves more than 10', async () => {
    answerActions({
      'org.stewards': () => [wang, li],
      'enterprise.list': () => page([unassigned]),
      'assignment.assign': () => ({ enterprise: { ...unassigned, stewardId: li.id, stewardName: li.name }, stewardOverloaded: true }),
    });
    const { container } = render(<AssignPage />);
    const picker = await openEnterprises(container);
    fireEvent.change(picker, { target: { value: '1' } });

    const notice = await screen.findByText(/李管家 服务的企业已超过 10 家/);
    expect(notice).toHaveClass('notice--warning');
    await waitFor(() => expect(inputsOf('enterprise.list').length).toBeGreaterThan(1));
  });
});
