import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { researchRecordInput } from '@/core/contracts/fieldwork.contracts';
import type { Role } from '@/core/roles';
import ResearchPage from '@/fieldwork/pages/research/index';
import ResearchNewPage from '@/fieldwork/pages/research-new/index';
import { SessionProvider } from '@/hooks/use-session';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { researchVisit } from './fieldwork-fixtures';
import { page } from './fixtures';
import { shanghaiDay } from './org-fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const type = (el: Element, value: string) => fireEvent.change(el, { target: { value } });

describe('recording a research visit', () => {
  beforeEach(() => {
    taroDouble.routerParams = { enterpriseId: 'ent-001', name: encodeURIComponent('上海联影信息技术有限公司') };
  });

  it('sends the visit with both promises', async () => {
    answerActions({ 'research.record': (input) => researchVisit({ ...input, id: 'v9' }) });
    taroDouble.pageStackDepth = 2;
    const { container } = render(<ResearchNewPage />);
    type(screen.getByPlaceholderText(/副区长/), '副区长 李某某');
    type(screen.getByPlaceholderText(/区科经委、陆家嘴/), '区科经委');
    type(screen.getByPlaceholderText(/领导关心的问题/), '了解企业算力需求和人才公寓');
    fireEvent.click(screen.getByRole('button', { name: '＋ 添加承诺事项' }));
    fireEvent.click(screen.getByRole('button', { name: '＋ 添加承诺事项' }));
    const drafts = [...container.querySelectorAll('.promise-draft')] as HTMLElement[];
    expect(drafts).toHaveLength(2);
    const fillPromise = (box: HTMLElement, content: string, owner: string, due: string) => {
      type(box.querySelector('.promise-content-input') as Element, content);
      type(box.querySelector('.promise-owner-input') as Element, owner);
      type(box.querySelector('.date-picker-input') as Element, due);
    };
    fillPromise(drafts[0], '协调算力补贴申报', '区科经委', shanghaiDay(30));
    fillPromise(drafts[1], '落实人才公寓 5 套', '区人才局', shanghaiDay(60));
    fireEvent.click(screen.getByRole('button', { name: '保存调研记录' }));

    await waitFor(() => expect(inputsOf('research.record')).toHaveLength(1));
    const sent = inputsOf('research.record')[0];
    expect(sent).toEqual({
      enterpriseId: 'ent-001',
      date: shanghaiDay(0),
      leaders: '副区长 李某某',
      accompanying: '区科经委',
      stewardAccompanies: true,
      topics: '了解企业算力需求和人才公寓',
      promises: [
        { content: '协调算力补贴申报', owner: '区科经委', dueDate: shanghaiDay(30) },
        { content: '落实人才公寓 5 套', owner: '区人才局', dueDate: shanghaiDay(60) },
      ],
    });
    expect(researchRecordInput.safeParse(sent).error).toBeUndefined();
    expect(taroDouble.toasts).toContainEqual({ title: '已记录调研', icon: 'success' });
    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateBack' }), { timeout: 2000 });
  });

  it('checks each promise by itself, and a removed one is not sent', async () => {
    const { container } = render(<ResearchNewPage />);
    type(screen.getByPlaceholderText(/副区长/), '副区长');
    type(screen.getByPlaceholderText(/领导关心的问题/), '调研内容');
    fireEvent.click(screen.getByRole('button', { name: '＋ 添加承诺事项' }));
    fireEvent.click(screen.getByRole('button', { name: '保存调研记录' }));
    expect(await screen.findByText('请填写承诺事项（至少 4 个字）')).toBeInTheDocument();
    expect(screen.getByText('请填写责任单位或责任人（至少 2 个字）')).toBeInTheDocument();
    expect(screen.getByText('请选择完成时限', { selector: '.field-error' })).toBeInTheDocument();
    fireEvent.click(within(container.querySelector('.promise-draft') as HTMLElement).getByText('删除'));
    expect(container.querySelectorAll('.promise-draft')).toHaveLength(0);
    expect(inputsOf('research.record')).toEqual([]);
  });
});

function renderList(role: Role, visits = [researchVisit()]) {
  taroDouble.routerParams = {};
  answerActions({
    'session.me': () => ({ user: { id: 'me', role, name: '某人' } }),
    'research.list': () => page(visits),
    'research.closePromise': (input) =>
      researchVisit({ openPromises: 1, promises: researchVisit().promises.map((p) => (p.id === input.promiseId ? { ...p, status: 'closed', outcome: input.outcome, overdue: false } : p)) }),
    'research.followUp': (input) => researchVisit({ followUpAt: new Date().toISOString(), followUpNote: input.note }),
  });
  return render(
    <SessionProvider>
      <ResearchPage />
    </SessionProvider>,
  );
}

describe('research visits list', () => {
  it('highlights overdue promises in red and closes one with its outcome', async () => {
    const { container } = renderList('steward');
    expect(await screen.findByText('协调园区增加研发用房')).toBeInTheDocument();
    const overdue = screen.getByText('协调园区增加研发用房').closest('.promise-row') as HTMLElement;
    expect(overdue).toHaveClass('promise-row--overdue');
    expect(within(overdue).getByText('已逾期')).toBeInTheDocument();
    expect(screen.getByText('为核心团队办理人才公寓').closest('.promise-row')).toHaveClass('promise-row--open');

    fireEvent.click(within(overdue).getByText('办结'));
    fireEvent.click(within(overdue).getByRole('button', { name: '确认办结' }));
    expect(await within(overdue).findByText('请填写办理结果（至少 4 个字）')).toBeInTheDocument();
    type(within(overdue).getByPlaceholderText(/办理结果/), '已协调 2000 平方米研发用房');
    await act(async () => {
      fireEvent.click(within(overdue).getByRole('button', { name: '确认办结' }));
    });
    expect(inputsOf('research.closePromise')).toEqual([{ visitId: 'v1', promiseId: 'p1', outcome: '已协调 2000 平方米研发用房' }]);
    const closed = screen.getByText('协调园区增加研发用房').closest('.promise-row') as HTMLElement;
    expect(closed).toHaveClass('promise-row--closed');
    expect(within(closed).getByText('办理结果：已协调 2000 平方米研发用房')).toBeInTheDocument();
    expect(screen.getByText('承诺事项（未办结 1 / 2）')).toBeInTheDocument();
    expect(container.querySelectorAll('.close-promise-link')).toHaveLength(1);
  });

  it('records the follow-up visit after research', async () => {
    renderList('steward');
    fireEvent.click(await screen.findByText('记录回访'));
    type(screen.getByPlaceholderText(/回访情况/), '企业对承诺事项推进表示满意');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交回访' }));
    });
    expect(inputsOf('research.followUp')).toEqual([{ visitId: 'v1', note: '企业对承诺事项推进表示满意' }]);
    expect(screen.getByText(/回访：企业对承诺事项推进表示满意$/)).toBeInTheDocument();
  });

  it('shows a unit admin the open promises first, who may close but not follow up', async () => {
    renderList('unit_admin');
    expect(await screen.findByText('协调园区增加研发用房')).toBeInTheDocument();
    expect(inputsOf('research.list').at(-1)).toMatchObject({ openOnly: true });
    expect(screen.getAllByText('办结')).toHaveLength(2);
    expect(screen.queryByText('记录回访')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录调研' })).not.toBeInTheDocument();
  });
});
