import { ERROR_MESSAGES } from '@/core/errors';
import { ROLES, type Role } from '@/core/roles';
import { DEMO, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * Every action × every role (plus no identity and an unbound WeChat user), generated from the
 * action registry itself, so an action added later is covered without anyone remembering to.
 */
const IDENTITY_OF: Record<Role, string> = {
  enterprise: DEMO.enterprise,
  steward: DEMO.steward,
  liaison: DEMO.liaison,
  unit_admin: DEMO.unitAdmin,
  department: DEMO.department,
  district_admin: DEMO.district,
};

interface ScopeCase {
  role: Role;
  openid: string;
  input: Record<string, unknown>;
  code: 'FORBIDDEN' | 'NOT_FOUND';
}

const DISTRICT_WIDE = { roles: ['district_admin'] as Role[], reason: 'district-wide: only the district admin may call it', cases: [] };
const contactInput = { type: '电话', at: new Date(Date.now() - 60_000).toISOString(), who: '总经理', topics: '了解经营情况', outcome: '企业运行平稳' };
type Allowed = readonly Role[] | 'bound' | 'anyone';

/** A valid input for every lifecycle step on dem-0001 (ent-001, steward-01, dispatched to dept-03). */
const STEP_INPUT: Record<string, Record<string, unknown>> = {
  'demand.revise': { category: '融资', title: '修改后的标题', description: '修改后的诉求描述，写得更清楚一些。' },
  'demand.withdraw': { reason: '问题已自行解决' },
  'demand.supplyMaterials': { note: '已补充营业执照' },
  'demand.rate': { resolved: '已解决', satisfaction: '满意' },
  'demand.return': { reason: '请补充具体需求' },
  'demand.dispatch': { departmentId: 'dept-01', complexity: 'simple' },
  'demand.callback': { note: '已电话回访企业' },
  'demand.accept': {},
  'demand.recordContact': { note: '已电话联系企业' },
  'demand.progress': { note: '正在会商相关处室' },
  'demand.requestMaterials': { note: '请补充近三年财务报表' },
  'demand.extend': { reason: '需要跨部门会商', newDueDate: '2030-01-07' },
  'demand.returnMisrouted': { reason: '不属于本部门职责' },
  'demand.resolve': { resolution: '已按政策口径答复企业并协助办理完成。' },
  'demand.rectify': { note: '已重新核查并补办相关手续，企业确认。' },
  'demand.comment': { note: '补充：需要 8 米以上层高' },
};
const stepCases = (names: string[], role: Role, outsider: string) =>
  Object.fromEntries(
    names.map((name) => [name, { roles: [role] as Role[], cases: [{ role, openid: outsider, code: 'FORBIDDEN' as const, input: { id: 'dem-0001', version: 1, ...STEP_INPUT[name] } }] }]),
  );

/**
 * The policy, written down independently of the code: who may call each action, and the right
 * role acting outside its scope. Every registered action must appear here, so a new action (or
 * a changed role list) fails this test until the policy is stated.
 */
const POLICY: Record<string, { roles: Allowed; reason?: string; cases: ScopeCase[] }> = {
  'session.me': { roles: 'anyone', reason: 'reads only the caller', cases: [] },
  'account.bind': { roles: 'anyone', reason: 'binds only the caller', cases: [] },
  'org.units': { roles: 'bound', reason: 'reference list every bound account needs', cases: [] },
  'org.departments': { roles: 'bound', reason: 'reference list every bound account needs', cases: [] },
  'handover.tasks': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'], reason: 'lists only the caller scope (checked in handover tests)', cases: [] },
  'proposal.list': { roles: ['unit_admin', 'district_admin'], reason: 'a unit admin is held to their unit (checked in proposal tests)', cases: [] },
  'account.create': DISTRICT_WIDE,
  'account.setStatus': DISTRICT_WIDE,
  'account.update': DISTRICT_WIDE,
  'handover.decide': DISTRICT_WIDE,
  'handover.list': { roles: ['unit_admin', 'district_admin'], reason: 'a unit admin is held to their unit (checked in steward-change tests)', cases: [] },
  'account.reissueCode': DISTRICT_WIDE,
  'account.revokeCode': DISTRICT_WIDE,
  'enterprise.create': DISTRICT_WIDE,
  'enterprise.remove': DISTRICT_WIDE,
  'enterprise.import': DISTRICT_WIDE,
  'enterprise.export': { roles: ['district_admin', 'unit_admin'], reason: 'a unit admin is held to their unit (checked in desk export tests)', cases: [{ role: 'unit_admin', openid: DEMO.unitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z02' } }] },
  'proposal.decide': DISTRICT_WIDE,
  'dashboard.district': DISTRICT_WIDE,
  'audit.list': DISTRICT_WIDE,
  'security.refusals': DISTRICT_WIDE,
  'calendar.list': DISTRICT_WIDE,
  'calendar.set': DISTRICT_WIDE,
  'calendar.setYear': DISTRICT_WIDE,
  'calendar.status': DISTRICT_WIDE,
  'calendar.overrides': { roles: 'bound', reason: 'the district calendar corrections every account checks working days with; nothing private', cases: [] },
  'demand.submit': { roles: ['enterprise', 'steward'],
    cases: [
      { role: 'steward', openid: DEMO.steward, code: 'FORBIDDEN', input: { category: '融资', title: '代提诉求', description: '为其他管家的企业代提诉求应被拒绝。', enterpriseId: 'ent-020' } },
    ],
  },
  'demand.list': { roles: 'bound',
    cases: [
      { role: 'enterprise', openid: DEMO.enterprise, code: 'FORBIDDEN', input: { enterpriseId: 'ent-020' } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } },
      { role: 'department', openid: DEMO.department, code: 'FORBIDDEN', input: { departmentId: 'dept-03' } },
    ],
  },
  'demand.export': { roles: ['unit_admin', 'district_admin'],
    cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01', overdue: true } }],
  },
  'demand.get': { roles: 'bound',
    cases: [
      { role: 'enterprise', openid: DEMO.otherEnterprise, code: 'FORBIDDEN', input: { id: 'dem-0001' } },
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { id: 'dem-0001' } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { id: 'dem-0001' } },
      { role: 'department', openid: 'dept-12', code: 'FORBIDDEN', input: { id: 'dem-0001' } },
    ],
  },
  'org.stewards': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'account.list': { roles: ['district_admin', 'unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'enterpriseContact.issueCode': { roles: ['steward', 'district_admin'], cases: [{ role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001' } }] },
  'enterpriseContact.list': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
    cases: [
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001' } },
      { role: 'liaison', openid: DEMO.liaison, code: 'FORBIDDEN', input: { enterpriseId: 'ent-012' } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001' } },
    ],
  },
  'enterpriseContact.revoke': { roles: ['steward', 'district_admin'], cases: [{ role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { userId: 'u-ent-001' } }] },
  'enterprise.list': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
    cases: [
      { role: 'steward', openid: DEMO.steward, code: 'FORBIDDEN', input: { stewardId: 'u-steward-02' } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } },
    ],
  },
  'enterprise.get': { roles: ['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin'],
    cases: [
      { role: 'enterprise', openid: DEMO.otherEnterprise, code: 'FORBIDDEN', input: { id: 'ent-001' } },
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { id: 'ent-001' } },
      { role: 'liaison', openid: DEMO.liaison, code: 'FORBIDDEN', input: { id: 'ent-012' } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { id: 'ent-001' } },
    ],
  },
  'enterprise.update': { roles: ['district_admin', 'unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { id: 'ent-001', contactCadenceDays: 20 } }] },
  'assignment.assign': { roles: ['unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001', stewardId: 'u-steward-01' } }] },
  'liaison.attach': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { liaisonId: 'u-liaison-01', stewardId: 'u-steward-02' } }] },
  'handover.create': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', reason: '岗位调整' } }] },
  'contact.record': { roles: ['steward', 'liaison'],
    cases: [
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { ...contactInput, enterpriseId: 'ent-001' } },
      { role: 'liaison', openid: DEMO.liaison, code: 'FORBIDDEN', input: { ...contactInput, enterpriseId: 'ent-012' } },
    ],
  },
  'contact.list': { roles: ['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin'],
    cases: [
      { role: 'enterprise', openid: DEMO.otherEnterprise, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001' } },
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001' } },
    ],
  },
  'proposal.create': { roles: ['unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { kind: 'remove', enterpriseId: 'ent-001', reason: '企业已迁出本区' } }] },
  'dashboard.unit': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'demand.counts': { roles: 'bound', reason: 'counts only the caller scope', cases: [] },
  'subscription.record': { roles: 'bound', reason: 'records the caller credits only', cases: [] },
  'subscription.status': { roles: 'bound', reason: 'reads the caller credits only', cases: [] },
  'message.list': { roles: 'bound', reason: 'lists the caller own messages only', cases: [] },
  'message.unreadCount': { roles: 'bound', reason: 'counts the caller own messages only', cases: [] },
  'message.markRead': { roles: 'bound', reason: 'marks the caller own messages only', cases: [] },
  'file.uploadTarget': { roles: 'bound', reason: 'issues a path in the caller own folder; each purpose names the roles that upload for it', cases: [
    { role: 'department', openid: DEMO.department, code: 'FORBIDDEN', input: { purpose: 'demand', name: '材料.pdf' } },
    { role: 'enterprise', openid: DEMO.enterprise, code: 'FORBIDDEN', input: { purpose: 'import', name: '企业清单.xlsx' } },
    { role: 'enterprise', openid: DEMO.enterprise, code: 'FORBIDDEN', input: { purpose: 'checkIn', name: 'photo.jpg' } },
    { role: 'steward', openid: DEMO.steward, code: 'FORBIDDEN', input: { purpose: 'course', name: 'talk.mp4' } },
    { role: 'liaison', openid: DEMO.liaison, code: 'FORBIDDEN', input: { purpose: 'researchPlan', name: '调研方案.pdf' } },
  ] },
  'demand.reassign': DISTRICT_WIDE,
  'demand.orderRectification': DISTRICT_WIDE,
  'demand.closeUnresolved': DISTRICT_WIDE,
  'report.create': { roles: ['steward', 'liaison'], cases: [
    { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { category: '所处行业发展动态', enterpriseId: 'ent-001', fields: { trend: '行业需求回暖明显', impact: '利好' } } },
    { role: 'liaison', openid: DEMO.liaison, code: 'FORBIDDEN', input: { category: '所处行业发展动态', enterpriseId: 'ent-012', fields: { trend: '行业需求回暖明显', impact: '利好' } } },
  ] },
  'report.list': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'report.export': { roles: ['district_admin', 'unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'research.record': { roles: ['steward'], cases: [{ role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001', date: '2026-01-05', leaders: '副区长', topics: '了解企业经营' } }] },
  'research.plan': { roles: ['steward'], cases: [{ role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001', date: '2099-01-05', leaders: '副区长', topics: '了解企业经营' } }] },
  'research.cancelPlan': { roles: ['steward'], cases: [{ role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { visitId: 'research-1', reason: '领导改期' } }] },
  'research.list': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'], reason: 'lists only the caller scope', cases: [] },
  'research.closePromise': { roles: ['steward', 'unit_admin'], cases: [
    { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { visitId: 'research-1', promiseId: 'promise-1', outcome: '已协调完成' } },
    { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { visitId: 'research-1', promiseId: 'promise-1', outcome: '已协调完成' } },
  ] },
  'research.followUp': { roles: ['steward'], cases: [{ role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { visitId: 'research-1', note: '已回访企业' } }] },
  'policy.create': DISTRICT_WIDE,
  'policy.list': { roles: 'bound', reason: 'an enterprise sees only matching policies (checked in field-work tests)', cases: [] },
  'policy.promote': { roles: ['steward', 'liaison'], cases: [{ role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { policyId: 'policy-1', enterpriseId: 'ent-001', intendsToApply: true } }] },
  'policy.todos': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'], reason: 'lists only the caller scope (checked in policy-push tests)', cases: [] },
  'policy.promotions': { roles: ['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin'], cases: [
    { role: 'enterprise', openid: DEMO.otherEnterprise, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001' } },
    { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { enterpriseId: 'ent-001' } },
  ] },
  'cadence.list': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'steward.overview': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { stewardId: 'u-steward-01' } }] },
  'enterprise.setPreferences': { roles: ['enterprise'], reason: 'writes the caller enterprise only', cases: [] },
  'contact.update': { roles: ['steward', 'liaison'], reason: 'only the recorder may correct (checked in field-work tests)', cases: [] },
  'enterprise.profile': { roles: ['steward', 'liaison', 'unit_admin', 'district_admin'], cases: [
    { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { id: 'ent-001' } },
    { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { id: 'ent-001' } },
  ] },
  'figures.get': { roles: ['district_admin', 'unit_admin', 'steward', 'department'],
    cases: [
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { period: { kind: 'month' }, slice: { dimension: 'unit', id: 'unit-z01' } } },
      { role: 'unit_admin', openid: DEMO.unitAdmin, code: 'FORBIDDEN', input: { period: { kind: 'month' }, slice: { dimension: 'district' } } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { period: { kind: 'month' }, slice: { dimension: 'steward', id: 'u-steward-01' } } },
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { period: { kind: 'month' }, slice: { dimension: 'steward', id: 'u-steward-01' } } },
      { role: 'steward', openid: DEMO.steward, code: 'FORBIDDEN', input: { period: { kind: 'month' }, slice: { dimension: 'unit', id: 'unit-z01' } } },
      { role: 'department', openid: 'dept-12', code: 'FORBIDDEN', input: { period: { kind: 'month' }, slice: { dimension: 'department', id: 'dept-01' } } },
      { role: 'department', openid: DEMO.department, code: 'FORBIDDEN', input: { period: { kind: 'month' }, slice: { dimension: 'category', id: '融资' } } },
    ],
  },
  'figures.ranking': { roles: ['district_admin', 'unit_admin'],
    cases: [
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { of: 'stewards', unitId: 'unit-z01', period: { kind: 'month' } } },
      { role: 'unit_admin', openid: DEMO.unitAdmin, code: 'FORBIDDEN', input: { of: 'units', period: { kind: 'month' } } },
      { role: 'unit_admin', openid: DEMO.unitAdmin, code: 'FORBIDDEN', input: { of: 'departments', period: { kind: 'month' } } },
    ],
  },
  'figures.trend': { roles: ['district_admin', 'unit_admin', 'steward', 'department'],
    cases: [
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { slice: { dimension: 'steward', id: 'u-steward-01' } } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { slice: { dimension: 'unit', id: 'unit-z01' } } },
      { role: 'department', openid: 'dept-12', code: 'FORBIDDEN', input: { slice: { dimension: 'department', id: 'dept-01' } } },
    ],
  },
  // Whoever opens a screen with a chart (the figures screens, the bulletin); it draws only the option the caller sends.
  'chart.render': { roles: ['district_admin', 'unit_admin', 'steward', 'department'], reason: 'draws the caller own option; the figures in it came through actions that checked scope', cases: [] },
  'figures.repair': DISTRICT_WIDE,
  'figures.repairStatus': DISTRICT_WIDE,
  'demand.similarGroups': DISTRICT_WIDE,
  'demand.replyToGroup': DISTRICT_WIDE,
  'course.create': DISTRICT_WIDE,
  'course.update': DISTRICT_WIDE,
  'course.publish': DISTRICT_WIDE,
  'course.assign': DISTRICT_WIDE,
  'course.caseCandidates': DISTRICT_WIDE,
  'course.caseFromDemand': DISTRICT_WIDE,
  'course.list': { roles: ['steward', 'unit_admin', 'district_admin'], reason: 'published courses are for all; drafts only for the district (checked in training tests)', cases: [] },
  'course.get': { roles: ['steward', 'unit_admin', 'district_admin'], reason: 'published courses are for all; drafts and sign-in codes only for the district (checked in training tests)', cases: [] },
  'training.records': { roles: ['steward'], reason: 'lists the caller own training only', cases: [] },
  'training.start': { roles: ['steward'], reason: 'writes the caller own training record only', cases: [] },
  'training.progress': { roles: ['steward'], reason: 'writes the caller own training record only', cases: [] },
  'training.signIn': { roles: ['steward'], reason: 'signs in the caller only', cases: [] },
  'training.stats': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { year: 2026, unitId: 'unit-z01' } }] },
  'integrity.submit': { roles: 'bound', reason: 'any bound person may report; writes only as the caller', cases: [] },
  'integrity.mine': { roles: 'bound', reason: 'lists the caller own reports only (checked in integrity-visibility)', cases: [] },
  'integrity.list': DISTRICT_WIDE,
  'integrity.get': DISTRICT_WIDE,
  'integrity.acknowledge': DISTRICT_WIDE,
  'integrity.note': DISTRICT_WIDE,
  'integrity.conclude': DISTRICT_WIDE,
  'integrity.reply': DISTRICT_WIDE,
  'integrity.reads': DISTRICT_WIDE,
  'bulletin.list': { roles: ['district_admin', 'unit_admin'], reason: 'a unit admin lists the published bulletins only', cases: [] },
  // A unit admin reads a bulletin once published, and only its own unit's detail (test/server/bulletin.test.ts).
  'bulletin.get': { roles: ['district_admin', 'unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.unitAdmin, code: 'NOT_FOUND', input: { id: 'bulletin-2026-11', unitId: 'unit-z02' } }] },
  // The same access as a unit's detail: unpublished (here: none yet) reads as not found; another unit's lines are refused (test/server/bulletin-stewards.test.ts).
  'bulletin.stewards': { roles: ['district_admin', 'unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.unitAdmin, code: 'NOT_FOUND', input: { id: 'bulletin-2026-11', unitId: 'unit-z02' } }] },
  'bulletin.export': { roles: ['district_admin', 'unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.unitAdmin, code: 'NOT_FOUND', input: { id: 'bulletin-2026-11', format: 'pdf' } }] },
  'bulletin.update': DISTRICT_WIDE,
  'bulletin.publish': DISTRICT_WIDE,
  'summary.mine': { roles: ['steward', 'unit_admin'], reason: 'reads only the caller own summary (a unit admin: their unit one)', cases: [] },
  'summary.save': { roles: ['steward', 'unit_admin'], reason: 'writes only the caller own summary (a unit admin: their unit one)', cases: [] },
  'summary.submit': { roles: ['steward', 'unit_admin'], reason: 'submits only the caller own summary (a unit admin: their unit one)', cases: [] },
  'summary.get': { roles: ['steward', 'unit_admin', 'district_admin'], reason: 'a summary out of scope reads as not found (checked with real summaries in summary tests)', cases: [] },
  'summary.export': { roles: ['steward', 'unit_admin', 'district_admin'], reason: 'exports only a summary the caller may read (checked in summary tests)', cases: [] },
  'summary.list': {
    roles: ['unit_admin', 'district_admin'],
    cases: [
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { year: 2026, of: 'stewards', unitId: 'unit-z01' } },
      { role: 'unit_admin', openid: DEMO.unitAdmin, code: 'FORBIDDEN', input: { year: 2026, of: 'units' } },
    ],
  },
  'summary.return': { roles: ['unit_admin', 'district_admin'], reason: 'only the summary reviewer: its unit for a steward, the district for a unit (checked in summary tests)', cases: [] },
  'summary.accept': { roles: ['unit_admin', 'district_admin'], reason: 'only the summary reviewer: its unit for a steward, the district for a unit (checked in summary tests)', cases: [] },
  'summary.round': { roles: ['steward', 'unit_admin', 'district_admin'], reason: 'a year deadline, the same for every writer and reviewer', cases: [] },
  'summary.setDeadline': DISTRICT_WIDE,
  'assessment.scheme': { roles: ['district_admin', 'unit_admin'], reason: 'the published scheme and its 口径 are for every unit; the draft only in the district view (checked in assessment tests)', cases: [] },
  'assessment.saveScheme': DISTRICT_WIDE,
  'assessment.publishScheme': DISTRICT_WIDE,
  'assessment.run': DISTRICT_WIDE,
  'assessment.publish': DISTRICT_WIDE,
  'assessment.year': { roles: ['district_admin', 'unit_admin'], reason: 'a unit admin lists only their unit, once published (checked in assessment tests)', cases: [] },
  'assessment.unit': { roles: ['district_admin', 'unit_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { year: 2026, unitId: 'unit-z01' } }] },
  'assessment.subject': { roles: ['district_admin', 'unit_admin'], reason: 'another unit’s score is refused (checked in assessment tests on a published year)', cases: [] },
  'assessment.evidence': { roles: ['district_admin', 'unit_admin'], reason: 'another unit’s steward is refused (checked in assessment tests on a published year)', cases: [] },
  'assessment.acknowledge': { roles: ['unit_admin'], reason: 'acknowledges the caller own unit only', cases: [] },
  'selection.get': { roles: ['district_admin', 'unit_admin'], reason: 'a unit admin reads only their unit nominations (checked in assessment tests)', cases: [] },
  'selection.nominate': { roles: ['unit_admin'], reason: 'nominates within the caller own unit only (checked in assessment tests)', cases: [] },
  'selection.review': DISTRICT_WIDE,
  'selection.publish': DISTRICT_WIDE,
  'selection.export': DISTRICT_WIDE,
  'rectification.list': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'rectification.get': { roles: ['unit_admin', 'district_admin'], reason: 'a unit admin is held to their unit (checked in rectification tests)', cases: [] },
  'rectification.save': { roles: ['unit_admin'], reason: 'own unit only (checked in rectification tests)', cases: [] },
  'rectification.submit': { roles: ['unit_admin'], reason: 'own unit only (checked in rectification tests)', cases: [] },
  'rectification.reportMeasure': { roles: ['unit_admin'], reason: 'own unit only (checked in rectification tests)', cases: [] },
  'rectification.accept': DISTRICT_WIDE,
  'rectification.return': DISTRICT_WIDE,
  'spotCheck.items': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'spotCheck.findings': { roles: ['steward', 'unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  'spotCheck.verify': { roles: ['unit_admin', 'district_admin'], reason: 'own unit and only when the district allows (checked in spot-check tests)', cases: [] },
  'spotCheck.settings': { roles: ['unit_admin', 'district_admin'], reason: 'reads the district-wide settings only', cases: [] },
  'spotCheck.draws': DISTRICT_WIDE,
  'spotCheck.configure': DISTRICT_WIDE,
  'interview.record': DISTRICT_WIDE,
  'interview.list': { roles: ['unit_admin', 'district_admin'], cases: [{ role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { unitId: 'unit-z01' } }] },
  ...stepCases(['demand.revise', 'demand.withdraw', 'demand.comment', 'demand.supplyMaterials', 'demand.rate'], 'enterprise', DEMO.otherEnterprise),
  ...stepCases(['demand.return', 'demand.dispatch', 'demand.callback'], 'steward', DEMO.otherSteward),
  ...stepCases(['demand.accept', 'demand.recordContact', 'demand.progress', 'demand.requestMaterials', 'demand.extend', 'demand.returnMisrouted', 'demand.resolve', 'demand.rectify'], 'department', 'dept-12'),
};

/** Walks every action as every role: it grows with each action added (~150 actions × 6 roles), past jest's 5 s default on a busy machine. */
const WALK_TIMEOUT_MS = 60_000;

describe('authorization matrix', () => {
  let t: TestCloud;
  let actions: Array<{ name: string; roles: readonly Role[] | 'bound' | 'anyone' }>;
  beforeAll(async () => {
    t = openTestCloud();
    actions = await (t.cloud.loadFunction('api').describeActions as () => Promise<typeof actions>)();
  });
  afterAll(() => t.close());

  const garbage = { id: 42, title: { nested: true }, page: 'x' };
  const allowed = (roles: readonly Role[] | 'bound' | 'anyone', role: Role) => roles === 'anyone' || roles === 'bound' || roles.includes(role);

  it('covers every registered action, and each declares exactly the roles the policy states', () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.map((a) => a.name).filter((name) => !(name in POLICY))).toEqual([]);
    expect(Object.keys(POLICY).filter((name) => !actions.some((a) => a.name === name))).toEqual([]);
    const norm = (r: Allowed) => (typeof r === 'string' ? r : [...r].sort().join(','));
    for (const action of actions) expect({ action: action.name, roles: norm(action.roles) }).toEqual({ action: action.name, roles: norm(POLICY[action.name].roles) });
  });

  it('refuses callers without identity and unbound callers, except on open actions', async () => {
    for (const action of actions) {
      const anonymous = await t.call(undefined, action.name, garbage);
      expect({ action: action.name, code: anonymous.ok ? 'ok' : anonymous.error.code }).toEqual({ action: action.name, code: 'UNAUTHENTICATED' });
      const unbound = await t.call(DEMO.unbound, action.name, {});
      const code = unbound.ok ? 'ok' : unbound.error.code;
      if (POLICY[action.name].roles === 'anyone') expect({ action: action.name, code }).not.toEqual({ action: action.name, code: 'UNAUTHENTICATED' });
      else expect({ action: action.name, code }).toEqual({ action: action.name, code: 'UNAUTHENTICATED' });
    }
  }, WALK_TIMEOUT_MS);

  // About a thousand calls: on a loaded machine they outlast jest's default five seconds.
  it('checks the role before the input, for every action and role', async () => {
    const results: string[] = [];
    const uncatalogued: string[] = [];
    for (const action of actions) {
      for (const role of ROLES) {
        const reply = await t.call(IDENTITY_OF[role], action.name, garbage);
        const code = reply.ok ? 'ok' : reply.error.code;
        // Whatever the server answers, its code is one of the catalogue's.
        if (!reply.ok && !(code in ERROR_MESSAGES)) uncatalogued.push(`${action.name} as ${role}: ${code}`);
        const expected = allowed(POLICY[action.name].roles, role) ? 'not refused' : 'FORBIDDEN';
        const actual = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'not refused';
        results.push(`${action.name} as ${role}: ${actual === expected ? 'as declared' : `${actual}, expected ${expected}`}`);
      }
    }
    expect(results.filter((r) => !r.endsWith('as declared'))).toEqual([]);
    expect(results).toHaveLength(actions.length * ROLES.length);
    expect(uncatalogued).toEqual([]);
  }, WALK_TIMEOUT_MS);

  it('refuses the right role acting outside its scope', async () => {
    for (const [name, { cases }] of Object.entries(POLICY)) {
      for (const c of cases) {
        const reply = await t.call(c.openid, name, c.input);
        expect({ name, role: c.role, code: reply.ok ? 'ok' : reply.error.code }).toEqual({ name, role: c.role, code: c.code });
      }
    }
  });
});
