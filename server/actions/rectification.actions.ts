import { rectificationIdInput, rectificationListInput } from '../../src/core/contracts/rectification.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { notFound } from '../../src/core/errors';
import { OPEN_RECTIFICATION_STATUSES, type RectificationDetail, type RectificationRow } from '../../src/core/rectification/rectification.model';
import { emptyPage, fetchPage } from '../db/paging';
import { rectificationPlanRepo, type RectificationPlanDoc } from '../db/rectification-plan.repo';
import { assertAccess, narrowedScope } from '../runtime/access';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { evidenceFiles, toDetail, toRow } from '../rectification/rectification.view';

const PLAN_ROLES = ['unit_admin', 'district_admin'] as const;

const rectificationList = defineAction({
  name: 'rectification.list',
  roles: PLAN_ROLES,
  input: rectificationListInput,
  writes: false,
  summary: '整改方案清单：单位看本单位的，区科经委看全部（可按单位筛选），逾期的标出',
  async handler(input, { db, user, now }): Promise<PageResult<RectificationRow>> {
    const scope = narrowedScope(user, 'rectification_plan', { unitId: input.unitId }, '只能查看本单位的整改方案');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope };
    if (input.state === 'open') filter.status = db.command.in([...OPEN_RECTIFICATION_STATUSES]);
    if (input.state === 'closed') filter.status = 'completed';
    return fetchPage(rectificationPlanRepo.find(db, filter).orderBy('requestedAt', 'desc'), input, (p) => toRow(p, now()));
  },
});

/** A plan the caller's scope covers, or a clear refusal. */
export const planInScope = async (ctx: ActionContext, id: string): Promise<RectificationPlanDoc> => {
  const plan = await rectificationPlanRepo.get(ctx.db, id);
  if (!plan) throw notFound('整改方案不存在');
  assertAccess(ctx.user, 'rectification_plan', plan, '这份整改方案不属于本单位');
  return plan;
};

/** The plan as the caller sees it, with temporary links to its evidence files. */
export const planDetail = async (ctx: ActionContext, plan: RectificationPlanDoc): Promise<RectificationDetail> => {
  const files = evidenceFiles(plan);
  return toDetail(plan, ctx.now(), files.length ? await ctx.files.tempUrls(files) : new Map());
};

const rectificationGet = defineAction({
  name: 'rectification.get',
  roles: PLAN_ROLES,
  input: rectificationIdInput,
  writes: false,
  summary: '一份整改方案：来由、措施、完成佐证和审核记录',
  async handler({ id }, ctx): Promise<RectificationDetail> {
    return planDetail(ctx, await planInScope(ctx, id));
  },
});

export const rectificationActions = [rectificationList, rectificationGet];
