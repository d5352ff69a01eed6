import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { StewardOverview } from '@/core/org/steward-overview';
import type { Role } from '@/core/roles';
import { SessionProvider } from '@/hooks/use-session';
import CadenceWatchPage from '@/oversight/pages/cadence/index';
import StewardPage from '@/oversight/pages/steward/index';
import UnitStewardsPage from '@/oversight/pages/stewards/index';
import HomePage from '@/pages/index/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { chartTexts } from './chart-images';
import { answerActions, inputsOf } from './cloud-mock';
import { cadenceRow } from './fieldwork-fixtures';
import { trend } from './figures-fixtures';
import { page } from './fixtures';
import { contactView, handoverTask, stewardLoad, stewardPage } from './org-fixtures';

jest.mock('@/services/cloud');
// The steward page draws its monthly trend (SVG in jsdom): queries over it take a few seconds.
jest.setTimeout(20_000);

const STEWARD_KEYS = ['enterprises', 'contacts', 'onsiteVisits', 'received', 'contactCoverageRate', 'visitCoverageRate', 'satisfiedRate'];

const overview = (days = 90): StewardOverview => ({
  steward: { id: 'u-steward-01', name: '白丽', phone: '13800000001', status: 'active', unitId: 'unit-z01', unitName: '陆家嘴管理局', liaisonNames: ['程伟'] },
  period: { days: days as 90, from: '2026-09-03' },
  load: { enterprises: 11, overloaded: true },
  coverage: { enterprises: 11, contactedInCadence: 9, visitedInCadence: 7, contactOverdue: 2, visitOverdue: 4, longOverdue: 1, dueSoon: 3 },
  pressing: [cadenceRow({ enterpriseId: 'ent-001', daysOverdue: 40 })],
  contacts: { total: 14, visits: 5, byType: [{ type: '电话', count: 9 }, { type: '上门走访', count: 5 }], enterprisesContacted: 10 },
  recentContacts: [contactView({ id: 'c9', enterpriseId: 'ent-003', enterpriseName: '上海远景汽车科技有限公司', type: '上门走访', topics: '走访生产线' })],
  demandsNow: { open: 20, overdue: 3 },
  demands: { received: 27, closed: 4, escalated: 1 },
  satisfaction: { rated: 4, levels: [{ level: '非常满意', count: 1 }, { level: '满意', count: 2 }, { level: '基本满意', count: 0 }, { level: '不满意', count: 1 }, { level: '非常不满意', count: 0 }], satisfiedRate: 0.75, badReviews: 1, autoClosed: 2, closedUnresolved: 1 },
});

const cell = (label: string) => [...document.querySelectorAll('.stat-grid__label')].find((l) => l.textContent === label)!.closest('.stat-grid__cell') as HTMLElement;

describe('a steward page', () => {
  it('shows load, coverage, contacts, demands and ratings with their 口径, and opens what they count', async () => {
    taroDouble.routerParams = { id: 'u-steward-01' };
    answerActions({ 'steward.overview': (input) => overview(input.days), 'figures.trend': () => trend({ dimension: 'steward', id: 'u-steward-01', name: '白丽' }, STEWARD_KEYS) });
    render(<StewardPage />);
    expect(await screen.findByText('白丽')).toBeInTheDocument();
    expect(inputsOf('steward.overview')).toEqual([{ stewardId: 'u-steward-01', days: 90 }]);
    // Their monthly trend: load, contacts and visits, demands; coverage and satisfaction.
    expect(inputsOf('figures.trend')).toEqual([{ slice: { dimension: 'steward', id: 'u-steward-01' }, months: 12, figures: STEWARD_KEYS }]);
    const trendCard = (await screen.findByText('近 12 个月走势')).closest('.card') as HTMLElement;
    // Counts and rates drawn apart, each series named in its chart's legend.
    const [counts, rates] = await waitFor(() => [chartTexts(trendCard, '数量走势'), chartTexts(trendCard, '比率走势')]);
    expect(counts).toEqual(expect.arrayContaining(['服务企业', '联系企业', '上门走访', '受理诉求']));
    expect(rates).toEqual(expect.arrayContaining(['按周期联系率', '按周期走访率', '满意率']));
    fireEvent.click(screen.getByText('全部指标及口径 ›'));
    expect(taroDouble.lastNavigation()?.url).toBe(`/oversight/pages/figures/index?dimension=steward&id=u-steward-01&name=${encodeURIComponent('白丽')}`);
    expect(screen.getByText('超过10家')).toBeInTheDocument();
    expect(screen.getByText('陆家嘴管理局 · 13800000001')).toBeInTheDocument();
    expect(within(cell('按周期联系')).getByText('9/11')).toBeInTheDocument();
    expect(cell('走访逾期')).toHaveClass('stat-grid__cell--alert');
    expect(within(cell('满意率')).getByText('75%')).toBeInTheDocument();
    expect(within(cell('在办（当前）')).getByText('20')).toBeInTheDocument();
    expect(screen.getByText('电话 9 · 上门走访 5')).toBeInTheDocument();
    expect(screen.getByText('超期未评价自动关闭 2 件（单列，不计为满意）')).toBeInTheDocument();
    expect(screen.getByText('整改后仍不满意、经区科经委裁定以“未解决”关闭 1 件（单列，不计为满意）')).toBeInTheDocument();
    expect(screen.getByText(/^口径：首次评价为“非常满意”或“满意”的诉求/)).toBeInTheDocument();

    fireEvent.click(screen.getByText('上海远景汽车科技有限公司'));
    expect(taroDouble.lastNavigation()?.url).toBe('/pages/enterprise-profile/index?id=ent-003');
    fireEvent.click(screen.getByText('上海联影信息技术有限公司'));
    expect(taroDouble.lastNavigation()?.url).toBe('/pages/enterprise-profile/index?id=ent-001');
    fireEvent.click(screen.getByText('查看诉求 ›'));
    expect(taroDouble.lastNavigation()?.url).toBe(`/oversight/pages/demands/index?stewardId=u-steward-01&stewardName=${encodeURIComponent('白丽')}`);
    fireEvent.click(cell('逾期（当前）'));
    expect(taroDouble.lastNavigation()?.url).toBe(`/oversight/pages/demands/index?overdue=1&stewardId=u-steward-01&stewardName=${encodeURIComponent('白丽')}`);

    fireEvent.click(screen.getByText('近一年'));
    expect(await screen.findByText('企业评价（近一年）')).toBeInTheDocument();
    expect(inputsOf('steward.overview').at(-1)).toEqual({ stewardId: 'u-steward-01', days: 365 });
  });

  it('says so when the steward is not there, with a way back', async () => {
    taroDouble.routerParams = { id: 'u-liaison-01' };
    answerActions({ 'steward.overview': () => { throw new CloudError('NOT_FOUND', '管家不存在'); } });
    render(<StewardPage />);
    expect(await screen.findAllByText('管家不存在')).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: '返回' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
  });
});

describe('a unit seen from the district', () => {
  it('lists its stewards, each opening their page, and its demands and cadence', async () => {
    taroDouble.routerParams = { unitId: 'unit-z01', name: encodeURIComponent('陆家嘴管理局') };
    answerActions({ 'org.stewards': () => stewardPage([stewardLoad({ name: '白丽' }), stewardLoad({ id: 'u-steward-02', name: '秦超', enterprises: 6, overloaded: false })], { total: 2 }) });
    render(<UnitStewardsPage />);
    expect(await screen.findByText('秦超')).toBeInTheDocument();
    expect(inputsOf('org.stewards')).toEqual([{ unitId: 'unit-z01', assignable: false, page: 1, pageSize: 20 }]);
    expect(screen.getByText('共 2 名管家')).toBeInTheDocument();
    expect(screen.getByText('没有更多了')).toBeInTheDocument();
    expect(screen.getByText('陆家嘴管理局')).toBeInTheDocument();
    fireEvent.click(screen.getByText('秦超'));
    expect(taroDouble.lastNavigation()?.url).toBe('/oversight/pages/steward/index?id=u-steward-02');
    fireEvent.click(screen.getByText('逾期诉求'));
    expect(taroDouble.lastNavigation()?.url).toBe('/oversight/pages/demands/index?overdue=1&unitId=unit-z01');
    fireEvent.click(screen.getByText('联系走访'));
    expect(taroDouble.lastNavigation()?.url).toBe('/oversight/pages/cadence/index?unitId=unit-z01');
  });
});

describe('the cadence watch', () => {
  const renderAs = (role: Role, params: Record<string, string> = {}) => {
    taroDouble.routerParams = params;
    answerActions({
      'session.me': () => ({ user: { id: 'me', role, name: '某人' } }),
      'org.units': () => [{ id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' }, { id: 'unit-z02', name: '张江管理局', kind: 'zone' }],
      'cadence.list': (input) => page([cadenceRow({ stewardName: input.unitId === 'unit-z02' ? '秦超' : '白丽' })]),
    });
    return render(<SessionProvider><CadenceWatchPage /></SessionProvider>);
  };

  it('gives the district overdue enterprises across units, then one unit, then those due within a week', async () => {
    const { container } = renderAs('district_admin');
    expect(await screen.findByText('服务管家：白丽')).toBeInTheDocument();
    expect(inputsOf('cadence.list')[0]).toEqual({ state: 'overdue', page: 1, pageSize: 20 });
    await waitFor(() => expect(container.querySelector('select')?.options.length).toBe(3));
    const unit = container.querySelector('select') as HTMLSelectElement;
    fireEvent.change(unit, { target: { value: '2' } });
    expect(await screen.findByText('服务管家：秦超')).toBeInTheDocument();
    expect(inputsOf('cadence.list').at(-1)).toEqual({ state: 'overdue', unitId: 'unit-z02', page: 1, pageSize: 20 });
    fireEvent.click(screen.getByText('7天内到期'));
    await waitFor(() => expect(inputsOf('cadence.list').at(-1)).toEqual({ state: 'due_soon', unitId: 'unit-z02', page: 1, pageSize: 20 }));
    fireEvent.click(await screen.findByText('上海联影信息技术有限公司'));
    expect(taroDouble.lastNavigation()?.url).toBe('/pages/enterprise-profile/index?id=ent-001');
  });

  it('opens on the unit a link names, and gives a unit admin its own without a unit picker', async () => {
    const first = renderAs('district_admin', { unitId: 'unit-z01' });
    await screen.findByText('服务管家：白丽');
    expect(inputsOf('cadence.list')[0]).toEqual({ state: 'overdue', unitId: 'unit-z01', page: 1, pageSize: 20 });
    first.unmount();
    const { container } = renderAs('unit_admin');
    await screen.findByText('服务管家：白丽');
    expect(container.querySelector('select')).toBeNull();
  });
});

describe('the unit home', () => {
  it('leads from 本单位诉求 to the watch list and from its stewards’ figures to the roster', async () => {
    answerActions({
      'session.me': () => ({ user: { id: 'me', role: 'unit_admin', name: '钱总', unitName: '陆家嘴管理局' } }),
      'message.unreadCount': () => ({ unread: 0 }),
      'dashboard.unit': () => ({ unit: { id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' }, activeStewards: 1, overloadedStewards: 1, assignedEnterprises: 11, unassignedEnterprises: 0, averagePerSteward: 11, atLimit: true, overdueHandoverTasks: [handoverTask({ enterpriseName: '上海远景汽车科技有限公司' })], overdueHandoverTaskCount: 7, pendingProposals: 0 }),
      'demand.counts': () => ({ byStatus: { submitted: 2 }, overdue: 3, awaitingCallback: 0, total: 5 }),
      'research.list': () => page([]),
      'report.list': () => page([]),
      'subscription.status': () => [],
    });
    render(<SessionProvider><HomePage /></SessionProvider>);
    const card = (await screen.findByText('本单位诉求')).closest('.unit-demands') as HTMLElement;
    fireEvent.click(await within(card).findByText('全部 ›'));
    expect(taroDouble.lastNavigation()?.url).toBe('/oversight/pages/demands/index');
    fireEvent.click(within(card).getByText('逾期'));
    expect(taroDouble.lastNavigation()?.url).toBe('/oversight/pages/demands/index?overdue=1');
    expect(screen.getByText('在岗管家 1 名')).toBeInTheDocument();
    // The home lists the oldest overdue handovers and says how many more there are, and where.
    expect(screen.getByText('逾期交接任务（7）')).toBeInTheDocument();
    expect(screen.getByText('以上为最早到期的 1 项；各管家的逾期交接见')).toBeInTheDocument();
    fireEvent.click(screen.getByText('超过10家 1 名'));
    expect(taroDouble.lastNavigation()?.url).toBe(`/oversight/pages/stewards/index?unitId=unit-z01&name=${encodeURIComponent('陆家嘴管理局')}`);
    fireEvent.click(screen.getByText('走访督查'));
    expect(taroDouble.lastNavigation()?.url).toBe('/oversight/pages/cadence/index');
  });
});
