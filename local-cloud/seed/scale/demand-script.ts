/**
 * How a generated demand goes: submitted (by the enterprise, or by its steward on its behalf),
 * reviewed, dispatched, accepted, contacted, handled (progress, materials, extension), resolved,
 * rated — with returns, re-routing, withdrawals, late steps and bad reviews at realistic rates.
 * Each step's patch and wording mirror the action that takes it (server/actions/demand-*.ts).
 */
import { RESOLVE_WORKING_DAYS, REROUTE_WORKING_DAYS, type Complexity } from '../../../src/core/demand/demand.deadlines';
import { DEMAND_CATEGORIES, type DemandCategory } from '../../../src/core/demand/demand.model';
import { FIRST_CONTACT_WORKING_DAYS, REVIEW_WORKING_DAYS } from '../../../src/core/demand/demand.rules';
import type { CalendarOverrides } from '../../../src/core/time/working-days';
import type { AuditDoc, DemandDoc, DepartmentDoc } from '../../../server/db/documents';
import { DEMAND_CLOSINGS, DEMAND_TITLES } from '../demo-demands';
import type { Random } from '../random';
import type { Clock } from './clock';
import type { CronTally } from './cron-tally';
import { handleDemand } from './demand-handling';
import { DemandLife } from './demand-life';
import type { EnterpriseLife, ScaleOrg } from './scale-org';
import * as words from './vocabulary';

export interface DemandEnv {
  rng: Random;
  clock: Clock;
  org: ScaleOrg;
  departments: DepartmentDoc[];
  overrides: CalendarOverrides;
  audit: (entry: Omit<AuditDoc, '_id'>) => void;
  tally: CronTally;
}

const CATEGORY_DEPARTMENTS: Record<DemandCategory, string[]> = {
  政策咨询: ['dept-01', 'dept-02'], 融资: ['dept-07', 'dept-08'], '用地/厂房': ['dept-04'], '人才/落户': ['dept-05'],
  审批办理: ['dept-06', 'dept-10', 'dept-11'], 知识产权: ['dept-09'], 市场拓展: ['dept-03', 'dept-08'], 其他: ['dept-01', 'dept-10', 'dept-12'],
};

export const simulateDemand = (env: DemandEnv, e: EnterpriseLife, created: number): DemandDoc => {
  const { rng, clock, org } = env;
  const now = clock.now;
  const steward = (t: number) => org.stewardOf(e, t);
  const contact = e.contact;
  const district = org.district;
  const category = rng.pick(DEMAND_CATEGORIES);
  const title = rng.pick(DEMAND_TITLES[category]);
  const submitter = rng.chance(0.1) ? steward(created) : contact;
  const onBehalf = submitter.role === 'steward';
  const doc: DemandDoc = {
    _id: rng.hexId(), enterpriseId: e.doc._id, enterpriseName: e.doc.name, unitId: e.doc.unitId, stewardId: e.doc.stewardId, stewardName: e.doc.stewardName,
    category, title, description: `${title}（${rng.pick(words.MORE_NAME_WORDS)}${rng.pick(words.MORE_NAME_WORDS)}），${rng.pick(DEMAND_CLOSINGS)}`, urgency: rng.chance(0.2) ? 'urgent' : 'normal', attachments: [],
    status: 'submitted', submittedBy: submitter._id, onBehalf, version: 1,
    timeline: [{ at: new Date(created), actorId: submitter._id, actorName: submitter.name, actorRole: submitter.role, kind: 'submitted', text: onBehalf ? `服务管家${submitter.name}代企业提交了诉求` : `${submitter.name}提交了诉求，等待服务管家审核` }],
    createdAt: new Date(created), updatedAt: new Date(created), reviewDueAt: clock.deadline(created, REVIEW_WORKING_DAYS),
  };
  const firstDepartment = rng.pick(CATEGORY_DEPARTMENTS[category]);
  const summary = onBehalf ? `代企业提交诉求「${title}」并派至${env.departments.find((x) => x._id === firstDepartment)!.name}` : `提交诉求「${title}」`;
  env.audit({ at: new Date(created + 20), actorId: submitter._id, actorRole: submitter.role, action: 'demand.submit', collection: 'demands', recordId: doc._id, summary });
  const life = new DemandLife(doc, clock, env.audit, env.tally);
  const d = life.doc;
  const deptUser = () => org.deptUserOf.get(d.departmentId!)!;
  const after = (t: number, lateShare: number, onTime: [number, number], late: [number, number]) =>
    clock.afterOfficeHours(t, rng.chance(lateShare) ? rng.between(...late) : rng.between(...onTime));
  const withdraw = (at: number) =>
    life.step('withdraw', at, contact, { patch: { closedAt: new Date(at), closeReason: 'withdrawn' }, kind: 'withdrawn', text: `企业撤回了诉求：${rng.pick(words.WITHDRAW_REASONS)}` });

  // The steward's review, with returns and the enterprise's revisions (代提 is dispatched at once).
  let t = created;
  for (let round = 0; !onBehalf; round++) {
    const reviewAt = after(t, 0.08, [0.3, 8], [9, 40]);
    if (rng.chance(0.02)) {
      // Withdrawn before the steward got to it.
      const at = t + rng.between(0.1, 0.9) * (reviewAt - t);
      if (at < now) withdraw(at);
      return life.finish();
    }
    if (reviewAt >= now) return life.finish();
    t = reviewAt;
    if (!rng.chance(round === 0 ? 0.08 : 0.03)) break;
    life.step('return', reviewAt, steward(reviewAt), { kind: 'returned', text: `服务管家退回修改：${rng.pick(words.RETURN_REASONS)}` });
    const next = after(reviewAt, 0.1, [2, 30], [30, 90]);
    if (next >= now) return life.finish();
    if (rng.chance(0.15)) return withdraw(next), life.finish();
    life.step('revise', next, contact, {
      patch: { category: d.category, title: d.title, description: d.description, urgency: d.urgency, attachments: [], reviewDueAt: clock.deadline(next, REVIEW_WORKING_DAYS) },
      kind: 'revised', text: `${contact.name}修改后重新提交了诉求`,
    });
    t = next;
  }
  const complexity: Complexity = rng.chance(0.3) ? 'complex' : 'simple';
  const dispatchTo = (at: number, departmentId: string, step: 'dispatch' | 'reassign') => {
    const target = env.departments.find((x) => x._id === departmentId)!;
    const c = step === 'dispatch' ? complexity : d.complexity ?? 'simple';
    const timing = { departmentId: target._id, departmentName: target.name, complexity: c, dispatchedAt: new Date(at), contactDueAt: clock.deadline(at, FIRST_CONTACT_WORKING_DAYS), resolveDueAt: clock.deadline(at, RESOLVE_WORKING_DAYS[c]) };
    if (step === 'dispatch' && onBehalf) life.step('dispatch', at, steward(at), { patch: timing, kind: 'dispatched', text: `服务管家代提并直接派至${target.name}办理`, withSubmission: true });
    else if (step === 'dispatch') life.step('dispatch', at, steward(at), { patch: timing, kind: 'dispatched', text: `服务管家审核通过，已派至${target.name}办理` });
    else life.step('reassign', at, district, { patch: timing, remove: ['rerouteDueAt'], kind: 'reassigned', text: `区科经委重新指定承办部门：${target.name}` });
  };
  dispatchTo(t, firstDepartment, 'dispatch');

  // The department accepts and contacts the enterprise; a misrouted demand goes back to the district.
  for (;;) {
    const acceptAt = after(t, 0.1, [0.3, 6], [9, 30]);
    if (acceptAt >= now) return life.finish();
    const misrouted = rng.chance(0.05);
    if (!misrouted) {
      life.step('accept', acceptAt, deptUser(), { patch: { acceptedAt: new Date(acceptAt) }, kind: 'accepted', text: `${d.departmentName}已受理` });
      t = after(acceptAt, 0.08, [0.2, 5], [9, 25]);
      if (t >= now) return life.finish();
      if (!rng.chance(0.02)) break;
    }
    const at = misrouted ? acceptAt : t;
    const rerouteDueAt = clock.deadline(at, REROUTE_WORKING_DAYS);
    life.step('returnMisrouted', at, deptUser(), {
      patch: { departmentId: '', departmentName: '', returnedBy: [...(d.returnedBy ?? []), d.departmentId ?? ''], rerouteDueAt }, remove: ['firstContactAt', 'acceptedAt'],
      kind: 'returned_by_department', text: `${d.departmentName}认为不属于本部门职责并退回：${rng.pick(words.MISROUTE_REASONS)}。区科经委将重新指定承办部门`,
    });
    t = after(at, 0.1, [0.5, 6], [9, 20]);
    if (t >= now) return life.finish();
    dispatchTo(t, rng.pick(env.departments.filter((x) => !d.returnedBy!.includes(x._id)))._id, 'reassign');
  }
  life.step('recordContact', t, deptUser(), { patch: { firstContactAt: new Date(t) }, kind: 'contacted', text: `${d.departmentName}已联系企业：${rng.pick(words.CONTACT_NOTES)}` });
  return handleDemand(env, life, e, t);
};

