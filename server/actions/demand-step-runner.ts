import { checkStep, STEP_RULES, type DemandStep } from '../../src/core/demand/demand.machine';
import { DEMAND_STATUS_LABELS, type DemandStatus } from '../../src/core/demand/demand.model';
import { AppError, forbidden, notFound } from '../../src/core/errors';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { ActionContext } from '../runtime/action-context';
import type { DemandDoc, DemandEventDoc, UserDoc } from '../db/documents';
import { getDemand } from '../db/demand.repo';
import { loadCalendarOverrides } from '../db/calendar.repo';
import { findActiveUsers } from '../db/user.repo';
import { notifyUsers, type Notice } from '../notify/notifier';
import { assertAccess } from '../runtime/access';

export type Audience = 'enterprise' | 'steward' | 'department' | 'district' | 'unit';

export interface StepPlan {
  /** Fields to set (use db.command.remove() to clear one). */
  patch?: Record<string, unknown>;
  /** Only for `rate`, whose next state depends on the rating. */
  status?: DemandStatus;
  kind: string;
  /** Plain words for the timeline the enterprise reads. */
  text: string;
  notify?: Array<{ to: Audience; notice: Omit<Notice, 'recordId' | 'page'> }>;
}

export interface StepEnv {
  now: Date;
  calendar: () => Promise<CalendarOverrides>;
}

export const recipients = async (ctx: ActionContext, d: DemandDoc, to: Audience): Promise<UserDoc[]> => {
  const filter: Record<Audience, object> = {
    enterprise: { role: 'enterprise', enterpriseId: d.enterpriseId },
    steward: { _id: d.stewardId },
    department: { role: 'department', departmentId: d.departmentId ?? '-' },
    district: { role: 'district_admin' },
    unit: { role: 'unit_admin', unitId: d.unitId },
  };
  return findActiveUsers(ctx.db, filter[to]);
};

/**
 * Every lifecycle step goes through here: the demand must exist, belong to the caller, be in a
 * state the step allows, and still be at the version the caller saw. The write is conditional
 * on that version, so of two people acting at once, the second is refused, never lost.
 */
export const runStep = async (
  ctx: ActionContext,
  step: DemandStep,
  target: { id: string; version: number },
  plan: (demand: DemandDoc, env: StepEnv) => Promise<StepPlan> | StepPlan,
): Promise<{ id: string; status: DemandStatus; version: number }> => {
  const { db, user } = ctx;
  const demand = await getDemand(db, target.id);
  if (!demand) throw notFound('诉求不存在或已被删除');
  // Who may act is the machine's rule below; first the demand must be within the caller's scope.
  assertAccess(user, 'demand', demand, '这条诉求不由您负责');
  const refusal = checkStep(step, demand.status, user.role, { calledBack: !!demand.callbackAt });
  if (refusal === 'wrong_actor') throw forbidden();
  if (refusal === 'already_done') throw new AppError('INVALID_STATE', '这一步已经完成，请刷新后查看最新状态');
  if (refusal === 'wrong_state') throw new AppError('INVALID_STATE', `诉求当前为「${DEMAND_STATUS_LABELS[demand.status]}」，不能执行此操作，请刷新后查看最新状态`);
  if (demand.version !== target.version) throw new AppError('CONFLICT', '诉求已被他人更新，请刷新后查看最新状态再操作');

  const now = ctx.now();
  let calendar: CalendarOverrides | undefined;
  const env: StepEnv = { now, calendar: async () => (calendar ??= await loadCalendarOverrides(db)) };
  const result = await plan(demand, env);
  const rule = STEP_RULES[step].to;
  const status: DemandStatus = rule === 'same' ? demand.status : rule === 'by-rating' ? result.status! : rule;
  const event: DemandEventDoc = { at: now, actorId: user._id, actorName: user.name, actorRole: user.role, kind: result.kind, text: result.text };
  const _ = db.command;
  const { stats } = await db
    .collection('demands')
    .where({ _id: demand._id, version: demand.version })
    .update({ data: { ...result.patch, status, updatedAt: now, version: _.inc(1), timeline: _.push([event]) } });
  if (stats.updated !== 1) throw new AppError('CONFLICT', '诉求已被他人更新，请刷新后查看最新状态再操作');

  await ctx.audit({ action: `demand.${step}`, collection: 'demands', recordId: demand._id, summary: `「${demand.title}」${result.text}` });
  const updated = { ...demand, ...result.patch, status } as DemandDoc;
  for (const { to, notice } of result.notify ?? []) {
    await notifyUsers(db, ctx.messages, await recipients(ctx, updated, to), { ...notice, recordId: demand._id, page: `pages/demand-detail/index?id=${demand._id}` });
  }
  return { id: demand._id, status, version: demand.version + 1 };
};
