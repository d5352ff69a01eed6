import type { z } from 'zod';
import type { handoverCreateInput } from '../../src/core/contracts/org.contracts';
import { AppError, invalid } from '../../src/core/errors';
import { handoverDeadline } from '../../src/core/org/handover.rules';
import { countsTowardAverage, UNBOUND_STEWARD_REFUSAL } from '../../src/core/org/staffing.rules';
import type { ActionContext } from '../runtime/action-context';
import { assertAccess } from '../runtime/access';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { newId } from '../db/codes';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import { handOverEnterprises, settleHandover } from '../db/enterprise-records';
import { handoverRepo, type HandoverDoc } from '../db/handover.repo';
import { handoverTaskRepo, type HandoverTaskDoc } from '../db/handover-task.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { assignRequiredCourses } from './training-assign';
import { staffingChanged } from '../db/staffing.query';

type HandoverInput = z.output<typeof handoverCreateInput>;

/** The incoming steward: active, signed in, and serving in the outgoing steward's unit. */
const incomingSteward = async (ctx: ActionContext, id: string, unitId: string | undefined): Promise<UserDoc> => {
  const to = await userRepo.get(ctx.db, id);
  if (!to || to.role !== 'steward') throw invalid('请选择接任管家', { toStewardId: '请选择接任管家' });
  assertAccess(ctx.user, 'account', to, '只能选择本单位的服务管家');
  if (to.unitId !== unitId) throw invalid('接任管家须与原管家同属一个单位；跨单位调整请先由区科经委调整管家所属单位', { toStewardId: '请选择本单位的管家' });
  if (to.status !== 'active') throw invalid('该管家账号已停用', { toStewardId: '该管家账号已停用' });
  if (!countsTowardAverage(to)) throw invalid(UNBOUND_STEWARD_REFUSAL, { toStewardId: UNBOUND_STEWARD_REFUSAL });
  return to;
};

/**
 * Everything a steward change needs, checked before anything is written: the two stewards of
 * one unit (the caller's, for a unit admin), the outgoing steward's enterprises named (all of
 * them when none are), and no other change of the same enterprises waiting for the district.
 */
export const prepareHandover = async (ctx: ActionContext, input: HandoverInput) => {
  const { db } = ctx;
  if (input.fromStewardId === input.toStewardId) throw invalid('原管家和接任管家不能是同一人', { toStewardId: '请选择另一位管家' });
  const from = await userRepo.get(db, input.fromStewardId);
  if (!from || from.role !== 'steward') throw invalid('请选择原管家', { fromStewardId: '请选择原管家' });
  assertAccess(ctx.user, 'account', from, '只能交接本单位管家的企业');
  const to = await incomingSteward(ctx, input.toStewardId, from.unitId);

  const filter: Record<string, unknown> = { stewardId: from._id, unitId: from.unitId, status: 'active' };
  if (input.enterpriseIds) filter._id = db.command.in(input.enterpriseIds);
  const enterprises = await enterpriseRepo.all(db, filter);
  if (input.enterpriseIds && enterprises.length !== new Set(input.enterpriseIds).size) {
    throw invalid('所选企业中有不属于原管家的企业，请刷新后重新选择', { enterpriseIds: '所选企业不属于原管家' });
  }
  if (enterprises.length === 0) throw invalid('原管家名下没有可交接的企业', { fromStewardId: '原管家名下没有企业' });
  const ids = new Set(enterprises.map((e) => e._id));
  const waiting = (await handoverRepo.pendingFrom(db, from._id)).filter((h) => h.enterpriseIds.some((id) => ids.has(id)));
  if (waiting.length) throw new AppError('INVALID_STATE', `所选企业已在待区科经委确认的交接申请中（交给「${waiting[0].toStewardName}」），请等待确认或退回后再申请`);
  return { from, to, enterprises };
};

export const handoverDocOf = (ctx: ActionContext, input: HandoverInput, from: UserDoc, to: UserDoc, enterprises: EnterpriseDoc[], unitName: string): HandoverDoc => ({
  _id: newId(), unitId: from.unitId!, unitName, fromStewardId: from._id, fromStewardName: from.name, toStewardId: to._id, toStewardName: to.name,
  enterpriseIds: enterprises.map((e) => e._id), enterpriseNames: enterprises.map((e) => e.name), reason: input.reason,
  status: 'pending', proposedBy: ctx.user._id, proposedByName: ctx.user.name, createdAt: ctx.now(),
});

/**
 * Carry a change out: the enterprises still with the outgoing steward move (conditionally, so
 * a concurrent change keeps what it took), their records follow, earlier open tasks are
 * superseded, the new steward gets one 3-working-day task per enterprise moved and the courses
 * required of a steward taking over enterprises.
 */
export const applyHandover = async (ctx: ActionContext, h: HandoverDoc, to: UserDoc): Promise<HandoverTaskDoc[]> => {
  const { db } = ctx;
  const at = ctx.now();
  const dueAt = handoverDeadline(at, await calendarOverrideRepo.load(db));
  const ids = await handOverEnterprises(db, h.enterpriseIds, h.fromStewardId, { id: to._id, name: to.name }, h._id, at);
  if (ids.length === 0) throw new AppError('CONFLICT', '这些企业已不在原管家名下（可能已被交接），请刷新后查看');
  await staffingChanged(db, h.unitId);
  const names = new Map(h.enterpriseIds.map((id, i) => [id, h.enterpriseNames[i]]));
  const written: HandoverTaskDoc[] = ids.map((id) => ({
    _id: newId(), handoverId: h._id, enterpriseId: id, enterpriseName: names.get(id) ?? '', unitId: h.unitId,
    fromStewardId: h.fromStewardId, fromStewardName: h.fromStewardName, toStewardId: to._id, toStewardName: to.name, createdAt: at, dueAt,
  }));
  await handoverTaskRepo.create(db, written, at);
  // Earlier open tasks are superseded; an enterprise a concurrent change took keeps only that change's task.
  const kept = await settleHandover(db, ids, h._id, at);
  const tasks = written.filter((t) => kept.includes(t.enterpriseId));
  await assignRequiredCourses(db, ctx.messages, to, 'handover', at);
  return tasks;
};

/** The incoming steward as the district confirms: still active, signed in and in the unit. */
export const recheckIncoming = (ctx: ActionContext, h: HandoverDoc) => incomingSteward(ctx, h.toStewardId, h.unitId);
