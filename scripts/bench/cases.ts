/**
 * What the bench times: every action each role's home and lists call (src/pages/index and the role
 * subpackages), the details they open, the counts and dashboards, and two writes; with the kind of
 * budget each falls under (issue 14: at N=10, homes/lists/details p95 ≤ 20 ms, counts and
 * dashboards p95 ≤ 50 ms). Ids that differ per data set are looked up first (see `Lookups`).
 */
import { ASSESSMENT_YEAR } from './assessment-setup';
import { shanghaiDate } from '../../src/core/time/shanghai';

export type CaseKind = 'home' | 'list' | 'detail' | 'count' | 'dashboard' | 'write' | 'export';

export interface Lookups {
  /** The newest demand of ent-001. */
  demandOfEnterprise: string;
  /** Last month's bulletin (generated and published by the bench before the cases). */
  bulletin: string;
}

export interface BenchCase {
  label: string;
  openid: string;
  action: string;
  kind: CaseKind;
  input: (l: Lookups) => object;
  /** The old demo bench's round-trip budget for list and detail reads. */
  maxTrips?: number;
}

const daysAgo = (days: number) => shanghaiDate(new Date(Date.now() - days * 86_400_000));
const c = (label: string, openid: string, action: string, kind: CaseKind, input: object | ((l: Lookups) => object) = {}, maxTrips?: number): BenchCase => ({
  label, openid, action, kind, input: typeof input === 'function' ? (input as (l: Lookups) => object) : () => input, maxTrips,
});

export const BENCH_CASES: BenchCase[] = [
  // Enterprise contact (ent-001): home, lists, a demand's detail.
  c('session.me (enterprise)', 'ent-001', 'session.me', 'home'),
  c('demand.list (enterprise home)', 'ent-001', 'demand.list', 'home', { page: 1, pageSize: 20 }, 2),
  c('policy.list (enterprise home)', 'ent-001', 'policy.list', 'home', { page: 1, pageSize: 3 }),
  c('subscription.status (enterprise)', 'ent-001', 'subscription.status', 'home'),
  // Every role's home counts its unread messages; the message centre lists them.
  c('message.unreadCount (steward home)', 'steward-01', 'message.unreadCount', 'home'),
  c('message.list (steward)', 'steward-01', 'message.list', 'list', { page: 1, pageSize: 20 }, 2),
  c('message.list unread (district)', 'district-01', 'message.list', 'list', { unreadOnly: true, page: 1, pageSize: 20 }, 2),
  c('contact.list (enterprise)', 'ent-001', 'contact.list', 'list', {}, 2),
  c('policy.promotions (enterprise)', 'ent-001', 'policy.promotions', 'list'),
  c('demand.get (enterprise)', 'ent-001', 'demand.get', 'detail', (l) => ({ id: l.demandOfEnterprise }), 2),
  // Steward (steward-01): home cards, demand lists by filter, field work, the enterprise profile.
  c('handover.tasks overdue (steward home)', 'steward-01', 'handover.tasks', 'home', { state: 'overdue', page: 1, pageSize: 50 }, 2),
  c('handover.tasks open (steward home)', 'steward-01', 'handover.tasks', 'home', { state: 'open', page: 1, pageSize: 50 }, 2),
  c('enterprise.list (steward home)', 'steward-01', 'enterprise.list', 'home', { page: 1, pageSize: 50 }, 2),
  c('demand.counts (steward)', 'steward-01', 'demand.counts', 'count'),
  c('cadence.list (steward home)', 'steward-01', 'cadence.list', 'home', { page: 1, pageSize: 50 }, 2),
  c('demand.list (steward, submitted)', 'steward-01', 'demand.list', 'list', { status: 'submitted' }, 2),
  c('demand.list (steward, overdue)', 'steward-01', 'demand.list', 'list', { overdue: true }, 2),
  c('research.list (steward)', 'steward-01', 'research.list', 'list', {}, 2),
  c('report.list (steward)', 'steward-01', 'report.list', 'list', {}, 2),
  c('policy.list (steward)', 'steward-01', 'policy.list', 'list'),
  c('enterprise.get (steward)', 'steward-01', 'enterprise.get', 'detail', { id: 'ent-001' }, 2),
  c('enterprise.profile (steward)', 'steward-01', 'enterprise.profile', 'detail', { id: 'ent-001' }),
  c('contact.list of ent-001 (steward)', 'steward-01', 'contact.list', 'list', { enterpriseId: 'ent-001' }),
  c('policy.todos (steward home)', 'steward-01', 'policy.todos', 'home', { page: 1, pageSize: 5 }, 2),
  c('research.list planned (steward)', 'steward-01', 'research.list', 'list', { status: 'planned' }, 2),
  // Liaison (liaison-01): home.
  c('enterprise.list (liaison home)', 'liaison-01', 'enterprise.list', 'home', { page: 1, pageSize: 50 }, 2),
  c('cadence.list (liaison home)', 'liaison-01', 'cadence.list', 'home', { page: 1, pageSize: 50 }, 2),
  // Unit admin (unit-admin-z01, the biggest unit): dashboard, oversight, lists.
  c('dashboard.unit (unit admin)', 'unit-admin-z01', 'dashboard.unit', 'dashboard'),
  c('demand.counts (unit admin)', 'unit-admin-z01', 'demand.counts', 'count'),
  c('research.list open (unit home)', 'unit-admin-z01', 'research.list', 'home', { openOnly: true, page: 1, pageSize: 50 }, 2),
  c('report.list risk (unit home)', 'unit-admin-z01', 'report.list', 'home', { riskOnly: true, from: daysAgo(30), page: 1, pageSize: 50 }, 2),
  c('demand.list (unit admin)', 'unit-admin-z01', 'demand.list', 'list', {}, 2),
  c('demand.list (unit admin, category)', 'unit-admin-z01', 'demand.list', 'list', { category: '融资' }, 2),
  c('demand.list (unit admin, department)', 'unit-admin-z01', 'demand.list', 'list', { departmentId: 'dept-01' }, 2),
  c('demand.list (unit admin, escalated)', 'unit-admin-z01', 'demand.list', 'list', { escalated: true }, 2),
  c('demand.list (unit admin, overdue)', 'unit-admin-z01', 'demand.list', 'list', { overdue: true }, 2),
  c('enterprise.list (unit admin)', 'unit-admin-z01', 'enterprise.list', 'list', {}, 2),
  c('cadence.list (unit admin)', 'unit-admin-z01', 'cadence.list', 'list', {}, 2),
  c('cadence.list overdue (unit admin)', 'unit-admin-z01', 'cadence.list', 'list', { state: 'overdue' }, 2),
  c('report.list (unit admin)', 'unit-admin-z01', 'report.list', 'list', {}, 2),
  c('handover.tasks (unit admin)', 'unit-admin-z01', 'handover.tasks', 'list', {}, 2),
  c('handover.list (unit admin)', 'unit-admin-z01', 'handover.list', 'list', { page: 1, pageSize: 10 }, 2),
  c('contact.list far check-ins (unit home)', 'unit-admin-z01', 'contact.list', 'home', { checkInFlag: 'far', page: 1, pageSize: 5 }, 2),
  c('proposal.list (unit admin)', 'unit-admin-z01', 'proposal.list', 'list', {}, 2),
  c('account.list (unit admin)', 'unit-admin-z01', 'account.list', 'list', {}, 2),
  c('org.stewards (unit admin)', 'unit-admin-z01', 'org.stewards', 'list'),
  c('steward.overview (unit admin)', 'unit-admin-z01', 'steward.overview', 'dashboard', { stewardId: 'u-steward-01' }),
  // Department (dept-01): counts and its lists by stage.
  c('demand.counts (department)', 'dept-01', 'demand.counts', 'count'),
  c('demand.list (department, dispatched)', 'dept-01', 'demand.list', 'list', { status: 'dispatched' }, 2),
  c('demand.list (department, accepted)', 'dept-01', 'demand.list', 'list', { status: 'accepted' }, 2),
  c('demand.list (department, overdue)', 'dept-01', 'demand.list', 'list', { overdue: true }, 2),
  c('calendar.overrides (department extend)', 'dept-01', 'calendar.overrides', 'detail', { from: daysAgo(0), to: shanghaiDate(new Date(Date.now() + 365 * 86_400_000)) }),
  // District (district-01): dashboard, counts, oversight, the district-wide lists.
  c('dashboard.district', 'district-01', 'dashboard.district', 'dashboard'),
  c('demand.counts (district)', 'district-01', 'demand.counts', 'count'),
  c('calendar.status (district home)', 'district-01', 'calendar.status', 'home'),
  c('research.list open (district home)', 'district-01', 'research.list', 'home', { openOnly: true, page: 1, pageSize: 50 }, 2),
  c('report.list risk (district home)', 'district-01', 'report.list', 'home', { riskOnly: true, from: daysAgo(30), page: 1, pageSize: 50 }, 2),
  c('demand.list (district)', 'district-01', 'demand.list', 'list', {}, 2),
  c('demand.list (district, page 3)', 'district-01', 'demand.list', 'list', { page: 3 }, 2),
  c('demand.list (district, rerouting)', 'district-01', 'demand.list', 'list', { status: 'rerouting' }, 2),
  c('demand.list (district, district_review)', 'district-01', 'demand.list', 'list', { status: 'district_review' }, 2),
  c('demand.list (district, overdue)', 'district-01', 'demand.list', 'list', { overdue: true }, 2),
  // The district's watch list: each filter, and the ones combined most.
  c('demand.list (district, unit)', 'district-01', 'demand.list', 'list', { unitId: 'unit-z01' }, 2),
  c('demand.list (district, unit + overdue)', 'district-01', 'demand.list', 'list', { unitId: 'unit-z01', overdue: true }, 2),
  c('demand.list (district, department)', 'district-01', 'demand.list', 'list', { departmentId: 'dept-01' }, 2),
  c('demand.list (district, category)', 'district-01', 'demand.list', 'list', { category: '融资' }, 2),
  c('demand.list (district, escalated)', 'district-01', 'demand.list', 'list', { escalated: true }, 2),
  c('demand.list (district, period)', 'district-01', 'demand.list', 'list', { from: daysAgo(30), to: daysAgo(0) }, 2),
  // A name search: the caller, the name index's state and its entries (together), the candidates' names, then the page.
  c('demand.list (district, keyword)', 'district-01', 'demand.list', 'list', { keyword: '上海联影信息技术有限公司' }, 5),
  c('demand.export (district, unit + overdue)', 'district-01', 'demand.export', 'export', { unitId: 'unit-z01', overdue: true }),
  c('enterprise.list (district)', 'district-01', 'enterprise.list', 'list', {}, 2),
  c('enterprise.list (district, keyword)', 'district-01', 'enterprise.list', 'list', { keyword: '浦江' }, 5),
  c('enterprise.export (district, unit)', 'district-01', 'enterprise.export', 'export', { unitId: 'unit-z01' }),
  c('dashboard.unit of unit-z01 (district)', 'district-01', 'dashboard.unit', 'dashboard', { unitId: 'unit-z01' }),
  c('steward.overview, a year (district)', 'district-01', 'steward.overview', 'dashboard', { stewardId: 'u-steward-01', days: 365 }),
  c('cadence.list overdue (district)', 'district-01', 'cadence.list', 'list', { state: 'overdue', page: 1, pageSize: 20 }, 2),
  c('cadence.list overdue, page 5 (district)', 'district-01', 'cadence.list', 'list', { state: 'overdue', page: 5, pageSize: 20 }, 2),
  c('cadence.list overdue of unit-z01 (district)', 'district-01', 'cadence.list', 'list', { state: 'overdue', unitId: 'unit-z01', page: 1, pageSize: 20 }, 2),
  c('account.list (district)', 'district-01', 'account.list', 'list', {}, 2),
  c('audit.list (district)', 'district-01', 'audit.list', 'list'),
  c('proposal.list pending (district)', 'district-01', 'proposal.list', 'list', { status: 'pending' }, 2),
  c('handover.list pending (district home)', 'district-01', 'handover.list', 'home', { status: 'pending', page: 1, pageSize: 50 }, 2),
  c('policy.todos (district)', 'district-01', 'policy.todos', 'list', {}, 2),
  c('report.list (district)', 'district-01', 'report.list', 'list', {}, 2),
  c('policy.list (district)', 'district-01', 'policy.list', 'list', { includeExpired: true }),
  // Figures (issue 9): each role's own figures, the district's rankings and trends, the similar-demand groups.
  c('figures.get month (district)', 'district-01', 'figures.get', 'dashboard', { period: { kind: 'month' } }),
  c('figures.get year (district)', 'district-01', 'figures.get', 'dashboard', { period: { kind: 'year' } }),
  c('figures.get month (unit admin)', 'unit-admin-z01', 'figures.get', 'dashboard', { period: { kind: 'month' } }),
  c('figures.get month (steward)', 'steward-01', 'figures.get', 'dashboard', { period: { kind: 'month' } }),
  c('figures.get month (department)', 'dept-01', 'figures.get', 'dashboard', { period: { kind: 'month' } }),
  c('figures.get custom 45 days (district, category)', 'district-01', 'figures.get', 'dashboard', { period: { kind: 'custom', from: daysAgo(45), to: daysAgo(0) }, slice: { dimension: 'category', id: '融资' } }),
  c('figures.ranking units (district)', 'district-01', 'figures.ranking', 'dashboard', { of: 'units', period: { kind: 'month' } }),
  c('figures.ranking departments (district)', 'district-01', 'figures.ranking', 'dashboard', { of: 'departments', period: { kind: 'quarter' } }),
  c('figures.ranking stewards (unit admin)', 'unit-admin-z01', 'figures.ranking', 'dashboard', { of: 'stewards', period: { kind: 'month' } }),
  c('figures.trend 12 months (district)', 'district-01', 'figures.trend', 'dashboard', {}),
  c('figures.trend 12 months (steward)', 'steward-01', 'figures.trend', 'dashboard', {}),
  // The figures screen's other calls, and one steward's trend on the oversight steward page.
  c('figures.get quarter (district, a unit)', 'district-01', 'figures.get', 'dashboard', { period: { kind: 'quarter' }, slice: { dimension: 'unit', id: 'unit-z02' } }),
  c('figures.ranking departments month (district)', 'district-01', 'figures.ranking', 'dashboard', { of: 'departments', period: { kind: 'month' } }),
  c('figures.ranking stewards of a unit (district)', 'district-01', 'figures.ranking', 'dashboard', { of: 'stewards', unitId: 'unit-z02', period: { kind: 'month' } }),
  c('figures.trend one steward (unit admin, steward page)', 'unit-admin-z01', 'figures.trend', 'dashboard', {
    slice: { dimension: 'steward', id: 'u-steward-01' }, months: 12,
    figures: ['enterprises', 'contacts', 'onsiteVisits', 'received', 'contactCoverageRate', 'visitCoverageRate', 'satisfiedRate'],
  }),
  c('demand.similarGroups (district)', 'district-01', 'demand.similarGroups', 'list', { page: 1, pageSize: 20 }),
  // Training (art. 2, 6) and the integrity desk (art. 11).
  c('training.records (steward)', 'steward-01', 'training.records', 'list', { state: 'open' }, 2),
  c('course.list (steward)', 'steward-01', 'course.list', 'list', {}, 2),
  // A unit's total and a page of its stewards: the full list (read from users by name) and the overdue ones.
  c('training.stats of the unit (unit admin)', 'unit-admin-z01', 'training.stats', 'dashboard', { year: Number(shanghaiDate(new Date()).slice(0, 4)), view: 'all', page: 1, pageSize: 20 }),
  c('training.stats overdue stewards (unit admin)', 'unit-admin-z01', 'training.stats', 'dashboard', { year: Number(shanghaiDate(new Date()).slice(0, 4)), view: 'overdue', page: 1, pageSize: 20 }),
  c('training.stats by unit (district)', 'district-01', 'training.stats', 'dashboard', { year: Number(shanghaiDate(new Date()).slice(0, 4)) }),
  c('course.caseCandidates (district)', 'district-01', 'course.caseCandidates', 'list', {}, 2),
  c('integrity.list (district)', 'district-01', 'integrity.list', 'list', {}, 2),
  c('integrity.mine (enterprise)', 'ent-001', 'integrity.mine', 'list', { state: 'all' }, 2),
  // Annual summaries (art. 8): the writer's prefilled summary (figures, training, highlights, a unit's stewards) and the reviewers' lists.
  c('summary.mine (steward)', 'steward-01', 'summary.mine', 'dashboard', { year: Number(shanghaiDate(new Date()).slice(0, 4)) }),
  c('summary.mine with its stewards (unit admin)', 'unit-admin-z01', 'summary.mine', 'dashboard', { year: Number(shanghaiDate(new Date()).slice(0, 4)) }),
  // A unit's stewards: the reviewer's queue first (its default), and those yet to start (read steward by steward).
  c('summary.list stewards (unit admin)', 'unit-admin-z01', 'summary.list', 'list', { year: Number(shanghaiDate(new Date()).slice(0, 4)), of: 'stewards', state: 'submitted', page: 1, pageSize: 20 }),
  c('summary.list stewards not started (unit admin)', 'unit-admin-z01', 'summary.list', 'list', { year: Number(shanghaiDate(new Date()).slice(0, 4)), of: 'stewards', state: 'not_started', page: 1, pageSize: 20 }),
  c('summary.list units (district)', 'district-01', 'summary.list', 'list', { year: Number(shanghaiDate(new Date()).slice(0, 4)), of: 'units' }),
  c('summary.round (steward)', 'steward-01', 'summary.round', 'detail', { year: Number(shanghaiDate(new Date()).slice(0, 4)) }),
  // The monthly bulletin: the list, the district's and a unit's reads (a figures report: the dashboard budget), both exports.
  c('bulletin.list (district)', 'district-01', 'bulletin.list', 'list', {}, 2),
  c('bulletin.list (unit admin)', 'unit-admin-z01', 'bulletin.list', 'list', {}, 2),
  c('bulletin.get (district)', 'district-01', 'bulletin.get', 'dashboard', (l) => ({ id: l.bulletin })),
  c('bulletin.get a unit (district)', 'district-01', 'bulletin.get', 'dashboard', (l) => ({ id: l.bulletin, unitId: 'unit-z02' })),
  c('bulletin.get own unit (unit admin)', 'unit-admin-z01', 'bulletin.get', 'dashboard', (l) => ({ id: l.bulletin })),
  // A later page of a unit's stewards (300 at ten times scale): two stored chunks at most, whatever the unit's size.
  c('bulletin.stewards a unit, page 2 (district)', 'district-01', 'bulletin.stewards', 'list', (l) => ({ id: l.bulletin, unitId: 'unit-z02', page: 2, pageSize: 10 })),
  c('bulletin.export xlsx (district)', 'district-01', 'bulletin.export', 'export', (l) => ({ id: l.bulletin, format: 'xlsx' })),
  c('bulletin.export pdf (district)', 'district-01', 'bulletin.export', 'export', (l) => ({ id: l.bulletin, format: 'pdf' })),
  // Writes: what a submission costs, and the upload path asked for before each attached file.
  c('file.uploadTarget (enterprise)', 'ent-001', 'file.uploadTarget', 'write', { purpose: 'demand', name: '现场照片.png' }),
  // Accountability (art. 7): spot checks, interviews and rectification plans.
  c('spotCheck.items open (district)', 'district-01', 'spotCheck.items', 'list', { state: 'open' }, 3),
  c('spotCheck.items (unit admin)', 'unit-admin-z01', 'spotCheck.items', 'list', {}, 3),
  c('spotCheck.findings (steward)', 'steward-01', 'spotCheck.findings', 'list', {}, 2),
  c('spotCheck.draws (district)', 'district-01', 'spotCheck.draws', 'list', {}, 2),
  c('interview.list (district)', 'district-01', 'interview.list', 'list', {}, 2),
  c('rectification.list open (district)', 'district-01', 'rectification.list', 'list', { state: 'open' }, 2),
  c('rectification.list (unit admin)', 'unit-admin-z01', 'rectification.list', 'list', { state: 'all' }, 2),
  // The annual assessment and the selection (issue 10 items 4, 5), on the year computed and published first (assessment-setup.ts).
  c('assessment.scheme (district)', 'district-01', 'assessment.scheme', 'detail', {}),
  c('assessment.year units (district)', 'district-01', 'assessment.year', 'list', { year: ASSESSMENT_YEAR, page: 2, pageSize: 20 }),
  c('assessment.unit (unit admin)', 'unit-admin-z01', 'assessment.unit', 'detail', { year: ASSESSMENT_YEAR }),
  c('assessment.subject steward (unit admin)', 'unit-admin-z01', 'assessment.subject', 'detail', { year: ASSESSMENT_YEAR, subject: 'steward', id: 'u-steward-01' }),
  c('assessment.evidence rated demands (district)', 'district-01', 'assessment.evidence', 'list', { year: ASSESSMENT_YEAR, stewardId: 'u-steward-01', key: 'satisfiedRate' }),
  c('assessment.evidence contacts (district)', 'district-01', 'assessment.evidence', 'list', { year: ASSESSMENT_YEAR, stewardId: 'u-steward-01', key: 'contactCoverageRate' }),
  c('selection.get ranking (district)', 'district-01', 'selection.get', 'list', { year: ASSESSMENT_YEAR, page: 3, pageSize: 20 }),
  c('selection.get own unit (unit admin)', 'unit-admin-z01', 'selection.get', 'list', { year: ASSESSMENT_YEAR }),
  // One write: what a submission costs.
  c('demand.submit (enterprise)', 'ent-001', 'demand.submit', 'write', () => ({ category: '融资', title: '基准测试诉求', description: '用于测量提交诉求的耗时和数据库往返次数。', clientRequestId: `bench-${Math.random().toString(36).slice(2, 12)}` })),
];

/** Kinds whose cost grows with what they write or select (a submission, an export): no ratio budget. */
export const NO_RATIO_KINDS: CaseKind[] = ['write', 'export'];

/** Budgets at N=10 by kind (ms, p95). */
export const P95_BUDGET_MS: Partial<Record<CaseKind, number>> = { home: 20, list: 20, detail: 20, count: 50, dashboard: 50 };
export const RATIO_BUDGET = 1.5;
