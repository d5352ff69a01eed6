import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { UnitSummary } from '@/core/org/org.model';
import DashboardPage from '@/district/pages/dashboard/index';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';

jest.mock('@/services/cloud');

const summary = (overrides: Partial<UnitSummary> = {}): UnitSummary => ({
  unit: { id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' },
  stewards: 4,
  enterprises: 30,
  averagePerSteward: 7.5,
  overloadedStewards: 0,
  overdueHandoverTasks: 0,
  ...overrides,
});

const dashboard = {
  units: [
    summary(),
    summary({ unit: { id: 'unit-z02', name: '张江管理局', kind: 'zone' }, enterprises: 40, averagePerSteward: 10, overloadedStewards: 2, overdueHandoverTasks: 1 }),
  ],
  overdueHandoverTasks: [
    {
      id: 't1',
      enterpriseId: 'e-1',
      enterpriseName: '上海张江示例生物医药有限公司',
      unitId: 'unit-z02',
      fromStewardName: '白丽',
      toStewardId: 's-b',
      toStewardName: '王芳',
      createdAt: '2024-05-20T02:00:00.000Z',
      dueAt: '2024-05-23T02:00:00.000Z',
      state: 'overdue' as const,
      escalated: true,
    },
  ],
  pendingProposals: 3,
};

describe('district home', () => {
  it('gives the district admin its tiles, with the pending proposals counted', async () => {
    answerActions({
      'session.me': () => ({ user: { id: 'u-district-01', role: 'district_admin', name: '区科经委 服务包专班' } }),
      'dashboard.district': () => dashboard,
      'demand.counts': () => ({ byStatus: { rerouting: 2 }, overdue: 5, total: 2 }),
      'handover.list': (input) => ({ items: input.status === 'pending' ? [{ id: 'h1' }, { id: 'h2' }] : [], page: 1, pageSize: 50, hasMore: false }),
    });
    render(<SessionProvider><HomePage /></SessionProvider>);

    const handovers = (await screen.findByText('管家交接')).closest('.district-tile') as HTMLElement;
    expect(await within(handovers).findByText('2')).toHaveClass('district-tile__badge');
    const proposals = (await screen.findByText('调整建议')).closest('.district-tile') as HTMLElement;
    expect(await within(proposals).findByText('3')).toHaveClass('district-tile__badge');
    expect([...document.querySelectorAll('.district-tile__title')].map((t) => t.firstChild?.textContent)).toEqual([
      '诉求督办', '数据统计', '同类诉求', '走访督查', '单位总览', '待重新派单', '差评裁定', '管家交接', '账号管理', '企业清单', '调整建议', '操作日志', '工作日历',
      '重要信息报送', '调研承诺', '政策库', '培训管理', '廉洁监督', '周抽查', '季度约谈', '整改方案', '年度总结',
    ]);
    expect(screen.queryByText(/正在建设中/)).toBeNull();

    fireEvent.click(screen.getByText('账号管理'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/district/pages/accounts/index' });
    // The watch list carries the district's overdue demands on its tile.
    const watch = screen.getByText('诉求督办').closest('.district-tile') as HTMLElement;
    expect(await within(watch).findByText('5')).toHaveClass('count-badge');
    fireEvent.click(watch);
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/oversight/pages/demands/index' });
    fireEvent.click(screen.getByText('走访督查'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/oversight/pages/cadence/index' });
    fireEvent.click(screen.getByText('数据统计'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/oversight/pages/figures/index' });
    fireEvent.click(screen.getByText('同类诉求'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/oversight/pages/similar/index' });
  });

  const home = (status: object) =>
    answerActions({
      'session.me': () => ({ user: { id: 'u-district-01', role: 'district_admin', name: '区科经委 服务包专班' } }),
      'dashboard.district': () => dashboard,
      'demand.counts': () => ({ byStatus: { district_review: 1 }, overdue: 0, total: 1 }),
      'calendar.status': () => ({ today: '2026-12-01', horizonDays: 90, recalendarPending: false, ...status }),
    });

  it('warns loudly while the next 90 days lack an official holiday schedule, and leads to the calendar', async () => {
    home({ uncoveredFrom: '2027-01-01', years: [{ year: 2026, source: 'package' }, { year: 2027, source: 'none' }, { year: 2028, source: 'none' }] });
    render(<SessionProvider><HomePage /></SessionProvider>);
    const warning = (await screen.findByText('⚠ 2027 年的节假日安排尚未录入')).closest('.calendar-warning') as HTMLElement;
    expect(warning).toHaveClass('notice--error');
    expect(warning).toHaveTextContent('暂按周一至周五计算工作日');
    expect(within((screen.getByText('工作日历').closest('.district-tile') as HTMLElement)).getByText('1')).toHaveClass('district-tile__badge');
    fireEvent.click(within(warning).getByText('去录入 ›'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/district/pages/calendar/index' });
    // The second bad reviews waiting for the district are counted on their tile.
    expect(within(screen.getByText('差评裁定').closest('.district-tile') as HTMLElement).getByText('1')).toHaveClass('district-tile__badge');
  });

  it('says nothing while the official schedule covers the days ahead', async () => {
    home({ uncoveredFrom: null, years: [{ year: 2026, source: 'package' }, { year: 2027, source: 'district' }, { year: 2028, source: 'none' }] });
    render(<SessionProvider><HomePage /></SessionProvider>);
    await screen.findByText('调整建议');
    await waitFor(() => expect(inputsOf('calendar.status')).toHaveLength(1));
    // Let the answer arrive and render before looking for the warning.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.querySelector('.calendar-warning')).toBeNull();
    expect(within(screen.getByText('工作日历').closest('.district-tile') as HTMLElement).queryByText('1')).toBeNull();
  });
});

describe('unit overview', () => {
  it('shows each unit\'s load, warns at an average of 10, and lists overdue handovers', async () => {
    answerActions({ 'dashboard.district': () => dashboard });
    render(<DashboardPage />);

    const zhangjiang = (await screen.findByText('张江管理局')).closest('.unit-row') as HTMLElement;
    expect(zhangjiang).toHaveClass('unit-row--high');
    expect(within(zhangjiang).getByText('10.0')).toHaveClass('warn-text');
    expect(zhangjiang).toHaveTextContent('逾期交接 1');
    const lujiazui = screen.getByText('陆家嘴管理局').closest('.unit-row') as HTMLElement;
    expect(lujiazui).not.toHaveClass('unit-row--high');
    expect(within(lujiazui).getByText('7.5')).not.toHaveClass('warn-text');

    const task = screen.getByText('上海张江示例生物医药有限公司').closest('.overdue-task');
    expect(task).toHaveTextContent('白丽 → 王芳，应于 2024-05-23 前联系');
    expect(task).toHaveTextContent('已督办');
  });

  it('offers a retry when it cannot load', async () => {
    let fail = true;
    answerActions({
      'dashboard.district': () => {
        if (fail) throw new CloudError('NETWORK', '网络连接失败，请检查网络后重试');
        return dashboard;
      },
    });
    render(<DashboardPage />);
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('张江管理局')).toBeInTheDocument();
  });
});
