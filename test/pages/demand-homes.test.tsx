import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SessionUser } from '@/core/session.model';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import { askForReminders, reminderStatus } from '@/services/subscribe.service';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { page } from './fixtures';

jest.mock('@/services/cloud');
jest.mock('@/services/subscribe.service');

const statusMock = reminderStatus as jest.MockedFunction<typeof reminderStatus>;
const askMock = askForReminders as jest.MockedFunction<typeof askForReminders>;

const renderHome = () => render(<SessionProvider><HomePage /></SessionProvider>);
const user = (role: SessionUser['role'], name: string): SessionUser => ({ id: `u-${role}`, role, name });
const cell = (key: string) => document.querySelector(`.demand-count-cell--${key}`) as HTMLElement;

beforeEach(() => {
  statusMock.mockResolvedValue([]);
});

describe('demand counts on the role homes', () => {
  it('gives a steward reviews to do, missed deadlines and bad reviews not yet called back', async () => {
    answerActions({
      'session.me': () => ({ user: user('steward', '王管家') }),
      'handover.tasks': () => [],
      'enterprise.list': () => page([]),
      'cadence.list': () => page([]),
      'demand.counts': () => ({ byStatus: { submitted: 2, rectifying: 2 }, overdue: 1, awaitingCallback: 1, total: 4 }),
    });
    renderHome();
    await waitFor(() => expect(cell('callback')).toHaveTextContent('1待回访'));
    expect(cell('review')).toHaveTextContent('2待审核');
    expect(cell('review')).toHaveClass('demand-count-cell--alert');
    expect(cell('overdue')).toHaveTextContent('1逾期');
    expect(inputsOf('demand.list')).toEqual([]);

    fireEvent.click(cell('overdue'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/steward/pages/demands/index?overdue=1' });
    fireEvent.click(cell('callback'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/steward/pages/demands/index?status=rectifying' });
  });

  it('gives a department its work by stage, each opening the list', async () => {
    answerActions({
      'session.me': () => ({ user: user('department', '区科经委办理专员') }),
      'demand.counts': () => ({ byStatus: { dispatched: 3, accepted: 5, rectifying: 1 }, overdue: 2, total: 9 }),
    });
    renderHome();
    await waitFor(() => expect(cell('accept')).toHaveTextContent('3待受理'));
    expect([...document.querySelectorAll('.demand-count-cell__label')].map((l) => l.textContent)).toEqual(['待受理', '办理中', '待企业补充', '整改中', '逾期']);
    expect(cell('overdue')).toHaveClass('demand-count-cell--alert');
    fireEvent.click(cell('accept'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/department/pages/demands/index?status=dispatched' });
    fireEvent.click(screen.getByRole('button', { name: '查看本部门诉求' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/department/pages/demands/index' });
  });

  it('counts the district\'s demands waiting to be re-routed on its tile', async () => {
    answerActions({
      'session.me': () => ({ user: user('district_admin', '区科经委 服务包专班') }),
      'dashboard.district': () => ({ units: [], overdueHandoverTasks: [], pendingProposals: 0 }),
      'demand.counts': () => ({ byStatus: { rerouting: 2 }, overdue: 0, total: 2 }),
    });
    renderHome();
    const tile = (await screen.findByText('待重新派单')).closest('.district-tile') as HTMLElement;
    expect(await within(tile).findByText('2')).toHaveClass('district-tile__badge');
    fireEvent.click(tile);
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/district/pages/demand-reroute/index' });
  });
});

describe('reminders', () => {
  it('shows an enterprise its progress reminders left and asks for one more on a tap', async () => {
    statusMock.mockResolvedValueOnce([{ key: 'demandStatus', templateId: 'tpl-demand-status', credits: 0 }]);
    statusMock.mockResolvedValueOnce([{ key: 'demandStatus', templateId: 'tpl-demand-status', credits: 1 }, { key: 'serviceNotice', templateId: 'tpl-service-notice', credits: 1 }]);
    askMock.mockResolvedValue(1);
    answerActions({
      'session.me': () => ({ user: { ...user('enterprise', '李经理'), enterpriseId: 'e1', enterpriseName: '示例企业' } }),
      'demand.list': () => page([]),
    });
    renderHome();
    const card = (await screen.findByText('诉求进度与服务通知')).closest('.reminder-card') as HTMLElement;
    expect(await within(card).findAllByText('未开启')).toHaveLength(2);
    fireEvent.click(within(card).getByRole('button', { name: '开启微信通知' }));
    expect(askMock).toHaveBeenCalledWith(['demandStatus', 'serviceNotice']);
    expect(await within(card).findAllByText('剩余 1 次')).toHaveLength(2);
    expect(taroDouble.toasts).toContainEqual({ title: '已开启提醒', icon: 'success' });
  });

  it('asks a steward for to-do, its enterprises\' demand progress and visit reminders', async () => {
    answerActions({
      'session.me': () => ({ user: user('steward', '王管家') }),
      'handover.tasks': () => [],
      'enterprise.list': () => page([]),
      'cadence.list': () => page([]),
      'demand.counts': () => ({ byStatus: {}, overdue: 0, total: 0 }),
    });
    askMock.mockResolvedValue(0);
    renderHome();
    fireEvent.click(await screen.findByRole('button', { name: '开启提醒' }));
    expect(askMock).toHaveBeenCalledWith(['todo', 'demandStatus', 'visitReminder']);
    await waitFor(() => expect(taroDouble.toasts).toContainEqual({ title: '未开启提醒', icon: 'none' }));
  });
});
