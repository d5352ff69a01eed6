import { WAITING_REFUSALS, type DemandStep } from '../../src/core/demand/demand.machine';
import { DEMAND_STATUS_LABELS, type DemandStatus } from '../../src/core/demand/demand.model';
import { AppError, forbidden, notFound } from '../../src/core/errors';
import type { ActionContext } from '../runtime/action-context';
import { assertAccess } from '../runtime/access';
import { demandRepo } from '../db/demand.repo';
import { applyStep, type Planner } from './demand-step';

const STALE = '诉求已被他人更新，请刷新后查看最新状态再操作';

/**
 * Every lifecycle step a person takes goes through here: the demand must exist, be within the
 * caller's scope, allow the step for the caller's role in its state, and still be at the version
 * the caller saw. Of two people acting at once, the second is refused, never lost.
 */
export const runStep = async (ctx: ActionContext, step: DemandStep, target: { id: string; version: number }, plan: Planner): Promise<{ id: string; status: DemandStatus; version: number }> => {
  const { db, user } = ctx;
  const demand = await demandRepo.get(db, target.id);
  if (!demand) throw notFound('诉求不存在或已被删除');
  // Who may act is the machine's rule (applyStep); first the demand must be within the caller's scope.
  assertAccess(user, 'demand', demand, '这条诉求不由您负责');
  const outcome = await applyStep(db, ctx.messages, user, demand, step, plan, ctx.now(), target.version);
  if (outcome.done) {
    ctx.audit.record(demand._id, `「${demand.title}」${outcome.text}`);
    return { id: demand._id, status: outcome.status, version: outcome.version };
  }
  if (outcome.refusal === 'wrong_actor') throw forbidden();
  if (outcome.refusal === 'already_done') throw new AppError('INVALID_STATE', '这一步已经完成，请刷新后查看最新状态');
  const waiting = outcome.refusal === 'conflict' ? undefined : WAITING_REFUSALS[outcome.refusal];
  if (waiting) throw new AppError('INVALID_STATE', waiting);
  if (outcome.refusal === 'not_on_behalf') throw new AppError('INVALID_STATE', '企业自己提交的诉求，请通过修改或补充材料更新内容');
  if (outcome.refusal === 'wrong_state') throw new AppError('INVALID_STATE', `诉求当前为「${DEMAND_STATUS_LABELS[demand.status]}」，不能执行此操作，请刷新后查看最新状态`);
  throw new AppError('CONFLICT', STALE);
};
