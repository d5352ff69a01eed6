import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SessionUser } from '@/core/session.model';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { device } from './device-apis';
import { endOfShanghaiDay, enterprise, handoverTask, monthDayOf } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const renderHome = () =>
  render(
    <SessionProvider>
      <HomePage />
    </SessionProvider>,
  );

const enterpriseContact: SessionUser = {
  id: 'u-ec-1',
  role: 'enterprise',
  name: '李经理',
  enterpriseId: 'ent-010',
  enterpriseName: '上海示例生物医药有限公司',
  stewardName: '赵管家',
  stewardPhone: '13800000002',
};

describe('enterprise home', () => {
  it('shows who serves the enterprise, with a call button', async () => {
    answerActions({ 'session.me': () => ({ user: enterpriseContact }), 'demand.list': () => page([]) });
    renderHome();

    const card = (await screen.findByText('我的服务管家')).closest('.steward-card') as HTMLElement;
    expect(within(card).getByText('赵管家')).toBeInTheDocument();
    expect(within(card).getByText('13800000002')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: '拨打电话' }));
    expect(device.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800000002' });
  });

  it('says plainly when no steward is assigned yet', async () => {
    const user = { ...enterpriseContact, stewardName: undefined, stewardPhone: undefined };
    answerActions({ 'session.me': () => ({ user }), 'demand.list': () => page([]) });
    renderHome();
    expect(await screen.findByText('暂未分配服务管家')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '拨打电话' })).not.toBeInTheDocument();
  });
});

describe('steward home', () => {
  const steward: SessionUser = { id: 'u-steward-02', role: 'steward', name: '李管家', unitName: '陆家嘴管理局' };

  it('puts handover tasks first, overdue before the nearest deadline, with the days left', async () => {
    const later = handoverTask({ id: 'later', enterpriseId: 'ent-a', enterpriseName: '甲企业', dueAt: endOfShanghaiDay(3) });
    const sooner = handoverTask({ id: 'sooner', enterpriseId: 'ent-b', enterpriseName: '乙企业', dueAt: endOfShanghaiDay(1) });
    const late = handoverTask({ id: 'late', enterpriseId: 'ent-c', enterpriseName: '丙企业', dueAt: endOfShanghaiDay(-2), state: 'overdue' });
    answerActions({
      'session.me': () => ({ user: steward }),
      'handover.tasks': (input) => page(input.state === 'overdue' ? [late] : input.state === 'open' ? [later, sooner] : []),
      'enterprise.list': () => page([enterprise({ id: 'a' }), enterprise({ id: 'b' })]),
      'cadence.list': () => page([]),
    });
    const { container } = renderHome();

    await screen.findByText('甲企业');
    const cards = [...container.querySelectorAll('.card__title')].map((t) => t.textContent);
    expect(cards.slice(0, 2)).toEqual(['交接任务全部', '联系走访全部']);

    const items = [...container.querySelectorAll('.handover-task')] as HTMLElement[];
    expect(items.map((i) => i.querySelector('.handover-task__name')?.textContent)).toEqual(['丙企业', '乙企业', '甲企业']);
    expect(items[0]).toHaveClass('handover-task--overdue');
    expect(within(items[0]).getByText(`${monthDayOf(-2)}前联系`)).toBeInTheDocument();
    expect(within(items[0]).getByText('已逾期 2 天')).toBeInTheDocument();
    expect(within(items[1]).getByText(`${monthDayOf(1)}前联系`)).toBeInTheDocument();
    expect(within(items[1]).getByText('还剩 1 天')).toBeInTheDocument();
    expect(within(items[2]).getByText('还剩 3 天')).toBeInTheDocument();
    expect(screen.getByText('3 家企业待联系，其中 1 家已逾期')).toBeInTheDocument();
    expect(inputsOf('handover.tasks').map((i) => i.state).sort()).toEqual(['open', 'overdue']);

    expect(container.querySelector('.enterprise-count')?.textContent).toBe('2 家企业');
    fireEvent.click(items[1]);
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/enterprise-profile/index?id=ent-b' });
  });

  it('shows a task list failure with a retry, and keeps the rest of the home', async () => {
    let fail = true;
    answerActions({
      'session.me': () => ({ user: steward }),
      'handover.tasks': () => {
        if (fail) throw new CloudError('NETWORK', '网络连接失败，请检查网络后重试');
        return page([]);
      },
      'enterprise.list': () => page([]),
    });
    renderHome();

    const error = await screen.findByText('网络连接失败，请检查网络后重试，点击重试');
    expect(screen.getByText('我服务的企业诉求')).toBeInTheDocument();
    fail = false;
    fireEvent.click(error);
    expect(await screen.findByText('暂无待联系的交接企业')).toBeInTheDocument();
  });
});

describe('liaison home', () => {
  it("names the steward the liaison helps and leads to that steward's enterprises", async () => {
    answerActions({
      'session.me': () => ({ user: { id: 'u-liaison-01', role: 'liaison', name: '周联络', unitName: '陆家嘴管理局' } }),
      'enterprise.list': () => page([enterprise({ stewardName: '王管家' })]),
    });
    renderHome();

    expect(await screen.findByText('王管家')).toBeInTheDocument();
    fireEvent.click(screen.getByText('查看 ›'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/steward/pages/enterprises/index' });
    fireEvent.click(screen.getByRole('button', { name: '记录联系' }));
    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/steward/pages/record-contact/index' }));
  });
});
