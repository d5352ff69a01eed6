import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SessionUser } from '@/core/session.model';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { demandSummary, page } from './fixtures';

jest.mock('@/services/cloud');

const enterpriseUser: SessionUser = {
  id: 'u1',
  role: 'enterprise',
  name: '李经理',
  enterpriseId: 'e1',
  enterpriseName: '上海张江示例生物医药有限公司',
};

const renderHome = () =>
  render(
    <SessionProvider>
      <HomePage />
    </SessionProvider>,
  );

describe('role home', () => {
  it('gives an enterprise its submit button and demand counts by status', async () => {
    answerActions({
      'session.me': () => ({ user: enterpriseUser }),
      'demand.list': () =>
        page([demandSummary({ id: 'a', status: 'submitted' }), demandSummary({ id: 'b', status: 'submitted' }), demandSummary({ id: 'c', status: 'accepted' })]),
    });
    renderHome();

    expect(await screen.findByText('李经理')).toBeInTheDocument();
    expect(screen.getByText('上海张江示例生物医药有限公司', { selector: '.enterprise-name' })).toBeInTheDocument();
    const counts = await screen.findAllByText(/待管家审核|办理中/, { selector: '.demand-count__label' });
    expect(counts.map((label) => label.parentElement?.textContent)).toEqual(['待管家审核2', '办理中1']);
    expect(inputsOf('demand.list')).toEqual([{ page: 1, pageSize: 20 }]);

    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/enterprise/pages/demand-new/index' });
    fireEvent.click(screen.getByText('我的诉求'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/enterprise/pages/demands/index' });
  });

  it('leads a steward to the demands of the enterprises it serves', async () => {
    answerActions({
      'session.me': () => ({ user: { id: 's1', role: 'steward', name: '王管家', unitName: '张江科学城' } }),
      'demand.counts': () => ({ byStatus: { submitted: 2 }, overdue: 0, total: 2 }),
    });
    renderHome();

    const card = (await screen.findByText('我服务的企业诉求')).closest('.demand-counts-card') as HTMLElement;
    fireEvent.click(within(card).getByText('全部 ›'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/steward/pages/demands/index' });
  });

  it('tells an unbound WeChat user that the account is not bound', async () => {
    answerActions({ 'session.me': () => ({ user: null }) });
    renderHome();
    expect(await screen.findByText('账号未绑定')).toBeInTheDocument();
  });

  it('gives a handling department its workspace instead of a placeholder', async () => {
    answerActions({
      'session.me': () => ({ user: { id: 'x', role: 'department', name: '赵科长' } }),
      'demand.counts': () => ({ byStatus: { dispatched: 1 }, overdue: 0, total: 1 }),
    });
    renderHome();
    expect(await screen.findByText('本部门诉求')).toBeInTheDocument();
    expect(screen.queryByText(/正在建设中/)).toBeNull();
  });
});
