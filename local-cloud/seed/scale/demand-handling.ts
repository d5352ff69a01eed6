/**
 * A demand from the department's first contact to its end: progress, a request for materials
 * (the clock pauses), an extension, the resolution, then the enterprise's rating — or the
 * auto-close when it does not rate — and a bad review's call-back and rectification.
 */
import { AUTO_CLOSE_WORKING_DAYS, CALLBACK_WORKING_DAYS, deadlineAfterPause, materialsMilestoneAt, RECTIFY_WORKING_DAYS } from '../../../src/core/demand/demand.deadlines';
import { rateOutcome } from '../../../src/core/demand/demand.machine';
import { isBadReview, type ResolutionAnswer, type Satisfaction } from '../../../src/core/demand/satisfaction';
import { endOfShanghaiDay, shanghaiDate } from '../../../src/core/time/shanghai';
import { nthWorkingDayAfter } from '../../../src/core/time/working-days';
import type { DemandDoc } from '../../../server/db/documents';
import { HOUR } from './clock';
import type { DemandLife } from './demand-life';
import type { DemandEnv } from './demand-script';
import type { EnterpriseLife } from './scale-org';
import * as words from './vocabulary';

type Event = { at: number; kind: 'progress' | 'materials' | 'extend' | 'withdraw' };

export const handleDemand = (env: DemandEnv, life: DemandLife, e: EnterpriseLife, contactAt: number): DemandDoc => {
  const { rng, clock } = env;
  const d = life.doc;
  const user = () => env.org.deptUserOf.get(d.departmentId!)!;
  const span = d.complexity === 'complex' ? rng.between(2, 13) : rng.between(0.5, 4);
  const late = rng.chance(0.1);
  const planned = Math.min(clock.afterWorkingDays(contactAt, span), d.resolveDueAt!.getTime() - HOUR);
  const events: Event[] = [];
  const during = () => rng.between(contactAt, Math.max(contactAt + HOUR, planned));
  for (let i = rng.chance(0.5) ? 0 : rng.chance(0.7) ? 1 : 2; i > 0; i--) events.push({ at: during(), kind: 'progress' });
  if (rng.chance(0.1)) events.push({ at: during(), kind: 'materials' });
  if (rng.chance(0.07)) events.push({ at: during(), kind: 'extend' });
  if (rng.chance(0.01)) events.push({ at: during(), kind: 'withdraw' });
  events.sort((a, b) => a.at - b.at);

  let shift = 0;
  let last = contactAt;
  for (const ev of events) {
    const at = ev.at + shift;
    if (at >= clock.now) return life.finish();
    last = at;
    if (ev.kind === 'progress') life.step('progress', at, user(), { kind: 'progress', text: `办理进展：${rng.pick(words.PROGRESS_NOTES)}` });
    if (ev.kind === 'withdraw') {
      life.step('withdraw', at, e.contact, { patch: { closedAt: new Date(at), closeReason: 'withdrawn' }, kind: 'withdrawn', text: `企业撤回了诉求：${rng.pick(words.WITHDRAW_REASONS)}` });
      return life.finish();
    }
    if (ev.kind === 'extend') {
      const newDueDate = nthWorkingDayAfter(shanghaiDate(d.resolveDueAt!), rng.int(3, 10), env.overrides);
      const newDueAt = endOfShanghaiDay(newDueDate);
      const reason = rng.pick(words.EXTEND_REASONS);
      life.step('extend', at, user(), {
        patch: { resolveDueAt: newDueAt, extensions: [...(d.extensions ?? []), { at: new Date(at), reason, previousDueAt: d.resolveDueAt, newDueAt, by: user()._id }] },
        kind: 'extended', text: `${d.departmentName}申请延期：${reason}。承诺于 ${newDueDate} 前办结`,
      });
    }
    if (ev.kind === 'materials') {
      const waitStarted = { pausedAt: new Date(at), materialsMilestone: 'remindEnterprise' as const, materialsDueAt: materialsMilestoneAt(new Date(at), 'remindEnterprise', env.overrides) };
      life.step('requestMaterials', at, user(), { patch: { ...waitStarted, firstContactAt: d.firstContactAt ?? new Date(at) }, kind: 'materials_requested', text: `${d.departmentName}请企业补充材料：${rng.pick(words.MATERIAL_REQUESTS)}（补充期间办理时限暂停计时；10 个工作日内未补充的，部门可按现有材料办结）` });
      const supplyAt = clock.afterWorkingDays(at, rng.between(0.5, 5));
      if (supplyAt >= clock.now) return life.finish();
      life.step('supplyMaterials', supplyAt, e.contact, {
        patch: { resolveDueAt: deadlineAfterPause(d.resolveDueAt!, d.pausedAt!, new Date(supplyAt), env.overrides), attachments: [...(d.attachments ?? [])] }, remove: ['pausedAt', 'materialsMilestone', 'materialsDueAt'],
        kind: 'materials_supplied', text: `企业补充了材料：${rng.pick(words.MATERIAL_NOTES)}`,
      });
      shift += supplyAt - at;
      last = supplyAt;
    }
  }
  const resolveAt = late ? clock.afterWorkingDays(d.resolveDueAt!.getTime(), rng.between(0.2, 5)) : Math.max(planned + shift, last + HOUR);
  return resolveAndRate(env, life, e, resolveAt, 'resolve');
};

/** The department resolves (or rectifies); the enterprise rates within days, or the timer closes it. */
const resolveAndRate = (env: DemandEnv, life: DemandLife, e: EnterpriseLife, at: number, how: 'resolve' | 'rectify'): DemandDoc => {
  const { rng, clock } = env;
  const d = life.doc;
  const user = env.org.deptUserOf.get(d.departmentId!)!;
  if (at >= clock.now) return life.finish();
  if (how === 'resolve') {
    const resolution = rng.pick(words.RESOLUTIONS);
    life.step('resolve', at, user, { patch: { resolvedAt: new Date(at), resolution, autoCloseAt: clock.deadline(at, AUTO_CLOSE_WORKING_DAYS), firstContactAt: d.firstContactAt ?? new Date(at) }, kind: 'resolved', text: `${d.departmentName}已办结：${resolution}` });
  } else {
    const note = rng.pick(words.RECTIFY_NOTES);
    life.step('rectify', at, user, { patch: { rectifiedAt: new Date(at), resolution: note, autoCloseAt: clock.deadline(at, AUTO_CLOSE_WORKING_DAYS) }, kind: 'rectified', text: `${d.departmentName}已完成整改：${note}。请企业再次评价` });
  }
  const before = d.ratings?.length ?? 0;
  const rateAt = clock.afterOfficeHours(at, rng.between(2, 70));
  if (!rng.chance(before === 0 ? 0.8 : 0.7) || life.autoCloseBefore(rateAt) || rateAt >= clock.now) return life.finish();
  const bad = before === 0 && rng.chance(0.06);
  const resolved: ResolutionAnswer = bad ? rng.pick(['未解决', '部分解决'] as const) : rng.chance(0.85) ? '已解决' : '部分解决';
  const satisfaction: Satisfaction = bad ? rng.pick(['不满意', '非常不满意'] as const) : rng.pick(['非常满意', '非常满意', '满意', '满意', '基本满意'] as const);
  const comment = bad ? rng.pick(words.BAD_COMMENTS) : rng.pick(words.RATING_COMMENTS);
  const status = rateOutcome(isBadReview(satisfaction, resolved), before);
  const ratings = [...(d.ratings ?? []), { at: new Date(rateAt), resolved, satisfaction, comment }];
  const said = `企业评价：${resolved}，${satisfaction}${comment ? `。${comment}` : ''}`;
  if (status === 'closed') {
    life.step('rate', rateAt, e.contact, { status, patch: { ratings, closedAt: new Date(rateAt), closeReason: 'rated' }, remove: ['autoCloseAt'], kind: 'rated', text: `${said}，诉求已关闭` });
    return life.finish();
  }
  life.step('rate', rateAt, e.contact, {
    status, patch: { ratings, callbackDueAt: clock.deadline(rateAt, CALLBACK_WORKING_DAYS), rectifyDueAt: clock.deadline(rateAt, RECTIFY_WORKING_DAYS) }, remove: ['callbackAt', 'autoCloseAt'],
    kind: 'rated_bad', text: `${said}。服务管家将在 1 个工作日内回访，承办部门 15 个工作日内整改`,
  });
  const callbackAt = clock.afterOfficeHours(rateAt, rng.chance(0.1) ? rng.between(9, 30) : rng.between(1, 8));
  if (callbackAt >= clock.now) return life.finish();
  life.step('callback', callbackAt, env.org.stewardOf(e, callbackAt), { patch: { callbackAt: new Date(callbackAt) }, kind: 'called_back', text: `服务管家已回访企业：${rng.pick(words.CALLBACK_NOTES)}` });
  return resolveAndRate(env, life, e, clock.afterWorkingDays(callbackAt, rng.chance(0.08) ? rng.between(15, 20) : rng.between(3, 13)), 'rectify');
};
