import { bindingCodeId } from '../../server/db/codes';
import type { BindingCodeDoc, CalendarOverrideDoc, EnterpriseDoc, HandoverTaskDoc, ProposalDoc, UserDoc } from '../../server/db/documents';
import { creditCodeCheckChar } from '../../src/core/credit-code';
import { handoverDeadline } from '../../src/core/org/handover.rules';
import type { Role } from '../../src/core/roles';

/**
 * Demo binding codes, one per role, printed in the README so a visitor can try binding. Real
 * codes are random and shown once; these are fixed so the demo can be followed from the docs.
 */
export const DEMO_BINDING_CODES: Record<Role, string> = {
  steward: 'STEWARD2',
  liaison: 'PARTNER2',
  unit_admin: 'MANAGER2',
  department: 'AGENCY22',
  district_admin: 'PUDNGHQ2',
  enterprise: 'ENTRPRS2',
};

/**
 * 2027's holidays are announced late in 2026, after the calendar package was published: the
 * district keeps them in the override table until the package catches up. New Year's Day is
 * fixed in law; the rest is entered when the State Council's notice appears.
 */
export const demoCalendarOverrides = (now: Date): CalendarOverrideDoc[] => [
  { _id: '2027-01-01', working: false, note: '元旦（法定节假日）', updatedBy: 'u-district-01', updatedAt: now },
];

interface DemoOrgInput {
  now: Date;
  users: UserDoc[];
  enterprises: EnterpriseDoc[];
}

export const demoOrg = ({ now, users, enterprises }: DemoOrgInput) => {
  const byId = new Map(users.map((u) => [u._id, u]));
  const expiresAt = new Date(now.getTime() + 30 * 86400000);
  const pendingUsers: UserDoc[] = [
    { _id: 'u-pending-steward', role: 'steward', name: '待绑定管家 周明', status: 'active', unitId: 'unit-z01', createdAt: now, pendingCodeExpiresAt: expiresAt },
    // steward-02 already has a liaison: a second one is the district's stated exception to one liaison per steward.
    { _id: 'u-pending-liaison', role: 'liaison', name: '待绑定联络员 沈佳', status: 'active', unitId: 'unit-z01', stewardId: 'u-steward-02', createdAt: now, pendingCodeExpiresAt: expiresAt,
      staffingOverride: { reason: '该管家服务的企业集中在金融城，区科经委同意增配一名联络员', by: 'u-district-01', at: now } },
    { _id: 'u-pending-unit-admin', role: 'unit_admin', name: '待绑定总管家 钱程', status: 'active', unitId: 'unit-t05', createdAt: now, pendingCodeExpiresAt: expiresAt },
    { _id: 'u-pending-dept', role: 'department', name: '区税务局办理专员', status: 'active', departmentId: 'dept-12', createdAt: now, pendingCodeExpiresAt: expiresAt },
    { _id: 'u-pending-district', role: 'district_admin', name: '区科经委 新同事', status: 'active', createdAt: now, pendingCodeExpiresAt: expiresAt },
  ];
  const code = (role: Role, target: Partial<BindingCodeDoc>): BindingCodeDoc => ({
    _id: bindingCodeId(DEMO_BINDING_CODES[role]), kind: 'account', expiresAt, createdBy: 'u-district-01', createdAt: now, ...target,
  });
  const codes: BindingCodeDoc[] = [
    ...pendingUsers.map((u) => code(u.role, { userId: u._id })),
    code('enterprise', { kind: 'enterprise_contact', enterpriseId: 'ent-012', createdBy: 'u-steward-02' }),
  ];

  // Two recent handovers to steward-03, and one from National Day 2026 whose deadline ran across
  // the holiday and was missed: it shows on the unit and district dashboards as escalated.
  const task = (enterprise: EnterpriseDoc, fromId: string, createdAt: Date, overrides = {}): HandoverTaskDoc => ({
    _id: `handover-task-${enterprise._id}`, handoverId: `handover-${fromId}-${createdAt.getTime()}`, enterpriseId: enterprise._id,
    enterpriseName: enterprise.name, unitId: enterprise.unitId, fromStewardId: fromId, fromStewardName: byId.get(fromId)?.name ?? '',
    toStewardId: enterprise.stewardId, toStewardName: enterprise.stewardName, createdAt, dueAt: handoverDeadline(createdAt), ...overrides,
  });
  const ofSteward = (id: string) => enterprises.filter((e) => e.stewardId === id);
  const recent = new Date(now.getTime() - 86400000);
  const nationalDay = new Date('2026-09-30T02:00:00Z');
  const tasks: HandoverTaskDoc[] = [
    ...ofSteward('u-steward-03').slice(0, 2).map((e) => task(e, 'u-steward-04', recent)),
    ...(now > nationalDay ? ofSteward('u-steward-06').slice(0, 1).map((e) => task(e, 'u-steward-05', nationalDay, { escalatedAt: new Date('2026-10-13T01:00:00Z') })) : []),
  ];
  // 陆家嘴 proposes one addition and one removal; the district has yet to decide.
  const removal = ofSteward('u-steward-04')[0];
  const proposals: ProposalDoc[] = [
    { _id: 'proposal-1', unitId: 'unit-z01', kind: 'add', enterpriseName: '上海陆家嘴新设金融科技有限公司', creditCode: '91310115MA1K4PQR3' + creditCodeCheckChar('91310115MA1K4PQR3'), industry: '金融服务', address: '上海市浦东新区银城中路 8 号', reason: '年营收超过 10 亿元，总部新迁入陆家嘴', status: 'pending', createdBy: 'u-unit-admin-z01', createdAt: recent },
    { _id: 'proposal-2', unitId: 'unit-z01', kind: 'remove', enterpriseId: removal._id, enterpriseName: removal.name, creditCode: removal.creditCode, reason: '企业主体已注销，业务并入集团', status: 'pending', createdBy: 'u-unit-admin-z01', createdAt: recent },
  ];
  return { pendingUsers, codes, tasks, proposals, calendar: demoCalendarOverrides(now) };
};
