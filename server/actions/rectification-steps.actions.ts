import * as contracts from '../../src/core/contracts/rectification.contracts';
import { AppError, invalid } from '../../src/core/errors';
import { canTakeRectificationStep, RECTIFICATION_STEPS, statusAfterMeasureDone, type RectificationStep } from '../../src/core/rectification/rectification.machine';
import { RESUBMIT_WORKING_DAYS, type RectificationDetail } from '../../src/core/rectification/rectification.model';
import { nextSupervisionAt } from '../../src/core/rectification/rectification.supervision';
import { workingDayDeadline } from '../../src/core/time/working-days';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { rectificationPlanRepo, type RectificationPlanDoc } from '../db/rectification-plan.repo';
import type { Patch } from '../db/repository';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { wxTime } from '../notify/notifier';
import { applyMeasureDrafts } from '../rectification/measure-edits';
import { tellAboutPlan } from '../rectification/rectification-notices';
import { acceptUploads } from './uploaded-files';
import { planDetail, planInScope } from './rectification.actions';

/**
 * One step on a plan: allowed from the state read (the machine in src/core/rectification), written
 * only on the version read, with a line in the plan's history and the supervision moment kept
 * current. Answers the plan as written.
 */
const step = async (
  ctx: ActionContext,
  input: { id: string; version: number },
  name: RectificationStep,
  plan: (p: RectificationPlanDoc) => Promise<{ patch: Partial<RectificationPlanDoc>; history: string }> | { patch: Partial<RectificationPlanDoc>; history: string },
): Promise<RectificationPlanDoc> => {
  const current = await planInScope(ctx, input.id);
  if (!canTakeRectificationStep(name, current.status)) throw new AppError('INVALID_STATE', `当前状态不能${RECTIFICATION_STEPS[name].label}，请刷新后查看`);
  if (current.version !== input.version) throw new AppError('CONFLICT', '整改方案刚刚已被他人修改，请刷新后重试');
  const { patch, history } = await plan(current);
  const next: RectificationPlanDoc = { ...current, ...patch, status: RECTIFICATION_STEPS[name].to ?? patch.status ?? current.status };
  const superviseAt = nextSupervisionAt(next, await calendarOverrideRepo.load(ctx.db));
  const event = { at: ctx.now(), by: ctx.user._id, byName: ctx.user.name, text: history };
  const written: Patch<RectificationPlanDoc> = { ...patch, status: next.status, history: ctx.db.command.push([event]), superviseAt: superviseAt ?? ctx.db.command.remove() };
  if (!(await rectificationPlanRepo.updateAt(ctx.db, current, written))) throw new AppError('CONFLICT', '整改方案刚刚已被他人修改，请刷新后重试');
  return { ...next, version: current.version + 1, history: [...current.history, event], ...(superviseAt ? { superviseAt } : {}) };
};

const UNIT = ['unit_admin'] as const;
const DISTRICT = ['district_admin'] as const;

const rectificationSave = defineAction({
  name: 'rectification.save',
  roles: UNIT,
  input: contracts.rectificationSaveInput,
  writes: 'rectification_plans',
  summary: '保存整改方案草稿：整改措施、责任人和完成时限',
  async handler(input, ctx): Promise<RectificationDetail> {
    const plan = await step(ctx, input, 'save', (p) => ({ patch: { measures: applyMeasureDrafts(p.measures, input.measures, ctx.now()) }, history: `保存草稿（${input.measures.length} 条措施）` }));
    ctx.audit.record(plan._id, `保存${plan.unitName}的整改方案草稿`);
    return planDetail(ctx, plan);
  },
});

const rectificationSubmit = defineAction({
  name: 'rectification.submit',
  roles: UNIT,
  input: contracts.rectificationSubmitInput,
  writes: 'rectification_plans',
  summary: '提交整改方案给区科经委审核',
  async handler(input, ctx): Promise<RectificationDetail> {
    const plan = await step(ctx, input, 'submit', (p) => ({
      patch: { measures: applyMeasureDrafts(p.measures, input.measures, ctx.now()), submittedAt: ctx.now() },
      history: `提交整改方案（${input.measures.length} 条措施）`,
    }));
    ctx.audit.record(plan._id, `提交${plan.unitName}的整改方案`);
    await tellAboutPlan(ctx.db, ctx.messages, plan, 'district', {
      kind: 'todo:rectification_review', title: '整改方案待审核', due: ctx.now(),
      body: `${plan.unitName}提交了「${plan.source.title}」的整改方案（${plan.measures.length} 条措施），请审核。`,
    });
    return planDetail(ctx, plan);
  },
});

const rectificationAccept = defineAction({
  name: 'rectification.accept',
  roles: DISTRICT,
  input: contracts.rectificationAcceptInput,
  writes: 'rectification_plans',
  summary: '审核通过整改方案：单位按措施整改并逐条报告完成',
  async handler(input, ctx): Promise<RectificationDetail> {
    const plan = await step(ctx, input, 'accept', () => ({ patch: { acceptedAt: ctx.now() }, history: input.note ? `审核通过：${input.note}` : '审核通过' }));
    ctx.audit.record(plan._id, `审核通过${plan.unitName}的整改方案`);
    await tellAboutPlan(ctx.db, ctx.messages, plan, 'unit', {
      kind: 'status:rectification_accepted', title: '整改方案已通过审核',
      body: `「${plan.source.title}」的整改方案已通过区科经委审核${input.note ? `：${input.note}` : ''}。请按时限落实各项措施，完成后逐条报告并附佐证。`,
    });
    return planDetail(ctx, plan);
  },
});

const rectificationReturn = defineAction({
  name: 'rectification.return',
  roles: DISTRICT,
  input: contracts.rectificationReturnInput,
  writes: 'rectification_plans',
  summary: `退回整改方案并说明理由（单位 ${RESUBMIT_WORKING_DAYS} 个工作日内重新提交）`,
  async handler(input, ctx): Promise<RectificationDetail> {
    const dueAt = workingDayDeadline(ctx.now(), RESUBMIT_WORKING_DAYS, await calendarOverrideRepo.load(ctx.db));
    const plan = await step(ctx, input, 'return', () => ({ patch: { returnReason: input.reason, dueAt }, history: `退回修改：${input.reason}` }));
    ctx.audit.record(plan._id, `退回${plan.unitName}的整改方案`);
    await tellAboutPlan(ctx.db, ctx.messages, plan, 'unit', {
      kind: 'status:rectification_returned', title: '整改方案被退回', due: dueAt,
      body: `「${plan.source.title}」的整改方案被区科经委退回：${input.reason}。请修改后在 ${wxTime(dueAt)} 前重新提交。`,
    });
    return planDetail(ctx, plan);
  },
});

const rectificationReportMeasure = defineAction({
  name: 'rectification.reportMeasure',
  roles: UNIT,
  input: contracts.rectificationReportMeasureInput,
  writes: 'rectification_plans',
  summary: '报告一条整改措施完成，附完成情况和佐证材料；全部完成即整改完成',
  async handler(input, ctx): Promise<RectificationDetail> {
    let measureText = '';
    const plan = await step(ctx, input, 'reportMeasure', async (p) => {
      const measure = p.measures.find((m) => m.id === input.measureId);
      if (!measure) throw invalid('这条整改措施不存在，请刷新后重试', { measureId: '措施不存在' });
      if (measure.doneAt) throw new AppError('INVALID_STATE', '这条措施已报告完成');
      measureText = measure.text;
      const attachments = await acceptUploads(ctx, 'rectification', input.attachments, 'attachments');
      const measures = p.measures.map((m) => (m.id === measure.id ? { ...m, doneAt: ctx.now(), evidence: { text: input.evidence, attachments, by: ctx.user._id, byName: ctx.user.name } } : m));
      const status = statusAfterMeasureDone(measures.map((m) => ({ done: !!m.doneAt })));
      return { patch: { measures, status, ...(status === 'completed' ? { completedAt: ctx.now() } : {}) }, history: `报告措施完成：${measure.text}` };
    });
    ctx.audit.record(plan._id, `报告${plan.unitName}整改措施完成：${measureText}`);
    if (plan.status === 'completed') {
      await tellAboutPlan(ctx.db, ctx.messages, plan, 'district', {
        kind: 'status:rectification_completed', title: '整改已全部完成', due: ctx.now(),
        body: `${plan.unitName}已报告「${plan.source.title}」整改方案的全部 ${plan.measures.length} 条措施完成，可查看佐证材料。`,
      });
    }
    return planDetail(ctx, plan);
  },
});

export const rectificationStepActions = [rectificationSave, rectificationSubmit, rectificationAccept, rectificationReturn, rectificationReportMeasure];
