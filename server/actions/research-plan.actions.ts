import { researchCancelPlanInput, researchPlanInput, researchRecordInput } from '../../src/core/contracts/fieldwork.contracts';
import { AppError, invalid } from '../../src/core/errors';
import type { ResearchVisitView } from '../../src/core/fieldwork/fieldwork.model';
import { followUpDeadline } from '../../src/core/fieldwork/research-reminders';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { defineAction } from '../runtime/define-action';
import { enterpriseInScope } from '../runtime/access';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { newId } from '../db/codes';
import type { ResearchVisitDoc } from '../db/research-visit.repo';
import { updateTracked } from '../db/tracked-writes';
import { insertVisit, reminderPatch, visitInScope } from './research-visit';
import { toResearchVisitViewOf } from './research.view';
import { acceptUploads } from './uploaded-files';

const researchPlan = defineAction({
  name: 'research.plan',
  roles: ['steward'],
  input: researchPlanInput,
  writes: 'research_visits',
  summary: '登记计划中的领导调研：日期、领导、调研主题、管家是否陪同、调研方案（调研后据此记录）',
  async handler(input, ctx): Promise<ResearchVisitView> {
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true });
    if (input.date < shanghaiDate(ctx.now())) throw invalid('计划日期已过，请直接记录调研情况', { date: '计划日期不能早于今天' });
    const planFiles = await acceptUploads(ctx, 'researchPlan', input.planFiles, 'planFiles');
    const base: ResearchVisitDoc = {
      _id: newId(), status: 'planned', enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId, stewardId: enterprise.stewardId,
      date: input.date, leaders: input.leaders, accompanying: input.accompanying, stewardAccompanies: input.stewardAccompanies, topics: input.topics, planFiles,
      promises: [], openPromises: 0, remindersSent: [], createdBy: ctx.user._id, createdAt: ctx.now(),
    };
    const doc = await insertVisit(ctx.db, base, await calendarOverrideRepo.load(ctx.db));
    ctx.audit.record(doc._id, `登记调研计划：${input.leaders} ${input.date} 调研「${enterprise.name}」，调研方案 ${planFiles.length} 份`);
    return toResearchVisitViewOf(ctx.files, doc, ctx.now());
  },
});

const researchRecord = defineAction({
  name: 'research.record',
  roles: ['steward'],
  input: researchRecordInput,
  writes: 'research_visits',
  summary: '记录市、区领导调研企业（可由调研计划转为记录）：陪同人员、调研内容、承诺事项（生成回访和承诺提醒）',
  async handler(input, ctx): Promise<ResearchVisitView> {
    if (input.date > shanghaiDate(ctx.now())) throw invalid('调研日期不能晚于今天', { date: '调研日期不能晚于今天' });
    const overrides = await calendarOverrideRepo.load(ctx.db);
    const fields = {
      status: 'recorded' as const, date: input.date, leaders: input.leaders, accompanying: input.accompanying, stewardAccompanies: input.stewardAccompanies, topics: input.topics,
      promises: input.promises.map((p) => ({ id: newId().slice(0, 12), ...p, status: 'open' as const })), openPromises: input.promises.length,
      followUpDueAt: followUpDeadline(input.date, overrides), remindersSent: [],
    };
    if (input.planId) {
      // The plan becomes the record: same document, so its plan files stay with the visit.
      const plan = await visitInScope(ctx, input.planId);
      if (plan.status !== 'planned') throw new AppError('CONFLICT', '该调研计划已记录或已取消，请刷新后查看');
      const recorded = { ...plan, ...fields };
      const patch = { ...fields, ...reminderPatch(ctx.db, recorded, overrides) };
      const written = await updateTracked(ctx.db, 'research_visits', plan, { patch, after: recorded, condition: { status: 'planned' } }, ctx.now());
      if (!written) throw new AppError('CONFLICT', '该调研计划已记录或已取消，请刷新后查看');
      ctx.audit.record(plan._id, `调研计划转为记录：${input.leaders}调研「${plan.enterpriseName}」，承诺事项 ${input.promises.length} 项`);
      return toResearchVisitViewOf(ctx.files, written, ctx.now());
    }
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true });
    const base: ResearchVisitDoc = {
      _id: newId(), enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId, stewardId: enterprise.stewardId, ...fields,
      planFiles: [], createdBy: ctx.user._id, createdAt: ctx.now(),
    };
    const doc = await insertVisit(ctx.db, base, overrides);
    ctx.audit.record(doc._id, `记录${input.leaders}调研「${enterprise.name}」，承诺事项 ${input.promises.length} 项`);
    return toResearchVisitViewOf(ctx.files, doc, ctx.now());
  },
});

const researchCancelPlan = defineAction({
  name: 'research.cancelPlan',
  roles: ['steward'],
  input: researchCancelPlanInput,
  writes: 'research_visits',
  summary: '取消未成行的调研计划（说明原因）',
  async handler(input, ctx): Promise<ResearchVisitView> {
    const plan = await visitInScope(ctx, input.visitId);
    if (plan.status !== 'planned') throw new AppError('CONFLICT', '只有尚未记录的调研计划可以取消');
    const patch = { status: 'cancelled' as const, cancelReason: input.reason, nextReminderAt: ctx.db.command.remove() };
    if (!(await updateTracked(ctx.db, 'research_visits', plan, { patch, condition: { status: 'planned' } }, ctx.now()))) throw new AppError('CONFLICT', '该调研计划已记录或已取消，请刷新后查看');
    ctx.audit.record(plan._id, `取消调研计划（${plan.leaders} ${plan.date} 调研「${plan.enterpriseName}」）：${input.reason}`);
    return toResearchVisitViewOf(ctx.files, { ...plan, status: 'cancelled', cancelReason: input.reason, nextReminderAt: undefined }, ctx.now());
  },
});

export const researchPlanActions = [researchPlan, researchRecord, researchCancelPlan];
