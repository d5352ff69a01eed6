import { researchClosePromiseInput, researchFollowUpInput, researchListInput, researchRecordInput } from '../../src/core/contracts/fieldwork.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, invalid, notFound } from '../../src/core/errors';
import type { ResearchVisitView } from '../../src/core/fieldwork/fieldwork.model';
import { RESEARCH_FOLLOW_UP_WORKING_DAYS } from '../../src/core/fieldwork/research.rules';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { workingDayDeadline } from '../../src/core/time/working-days';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import type { ActionContext } from '../runtime/action-context';
import { assertAccess, scopeOf, enterpriseInScope } from '../runtime/access';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { newId } from '../db/codes';
import { withDerivedFields } from '../db/derived-fields';
import { followCurrentSteward } from '../db/enterprise-records';
import { researchVisitRepo, type ResearchVisitDoc } from '../db/research-visit.repo';
import { toResearchVisitView } from './fieldwork.view';

const researchRecord = defineAction({
  name: 'research.record',
  roles: ['steward'],
  input: researchRecordInput,
  writes: 'research_visits',
  summary: '记录市、区领导调研企业：陪同人员、调研内容、承诺事项（生成回访任务）',
  async handler(input, ctx): Promise<ResearchVisitView> {
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true });
    if (input.date > shanghaiDate(ctx.now())) throw invalid('调研日期不能晚于今天', { date: '调研日期不能晚于今天' });
    const doc: ResearchVisitDoc = {
      _id: newId(), enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId, stewardId: enterprise.stewardId,
      date: input.date, leaders: input.leaders, accompanying: input.accompanying, topics: input.topics,
      promises: input.promises.map((p) => ({ id: newId().slice(0, 12), ...p, status: 'open' })), openPromises: input.promises.length,
      followUpDueAt: workingDayDeadline(new Date(`${input.date}T12:00:00+08:00`), RESEARCH_FOLLOW_UP_WORKING_DAYS, await calendarOverrideRepo.load(ctx.db)),
      createdBy: ctx.user._id, createdAt: ctx.now(),
    };
    await researchVisitRepo.insert(ctx.db, withDerivedFields('research_visits', doc));
    await followCurrentSteward(ctx.db, doc);
    ctx.audit.record(doc._id, `记录${input.leaders}调研「${enterprise.name}」，承诺事项 ${input.promises.length} 项`);
    return toResearchVisitView(doc, ctx.now());
  },
});

const researchList = defineAction({
  name: 'research.list',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: researchListInput,
  writes: false,
  summary: '领导调研记录与未办结承诺事项',
  async handler(input, { db, user, now }): Promise<PageResult<ResearchVisitView>> {
    const scope = scopeOf(user, 'research_visit');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope };
    if (input.enterpriseId) filter.enterpriseId = input.enterpriseId;
    if (input.openOnly) filter.hasOpenPromises = true;
    return fetchPage(researchVisitRepo.find(db, filter).orderBy('date', 'desc'), input, (v) => toResearchVisitView(v, now()));
  },
});

const visitInScope = async (ctx: ActionContext, visitId: string): Promise<ResearchVisitDoc> => {
  const visit = await researchVisitRepo.get(ctx.db, visitId);
  if (!visit) throw notFound('调研记录不存在');
  // The visit follows the enterprise's current steward, who follows up even on visits before a handover.
  assertAccess(ctx.user, 'research_visit', visit, '这条调研记录不在您的服务范围内');
  return visit;
};

const researchClosePromise = defineAction({
  name: 'research.closePromise',
  roles: ['steward', 'unit_admin'],
  input: researchClosePromiseInput,
  writes: 'research_visits',
  summary: '承诺事项办结，记录结果',
  async handler(input, ctx): Promise<ResearchVisitView> {
    const visit = await visitInScope(ctx, input.visitId);
    const promise = visit.promises.find((p) => p.id === input.promiseId);
    if (!promise) throw notFound('承诺事项不存在');
    if (promise.status === 'closed') throw new AppError('CONFLICT', '该承诺事项已办结');
    const promises = visit.promises.map((p) => (p.id === promise.id ? { ...p, status: 'closed' as const, outcome: input.outcome, closedAt: ctx.now(), closedBy: ctx.user._id } : p));
    const openPromises = promises.filter((p) => p.status === 'open').length;
    // Conditional on the open count it read: a concurrent close of another promise is not lost.
    const patch = withDerivedFields('research_visits', { ...visit, promises, openPromises });
    if ((await researchVisitRepo.updateWhere(ctx.db, { _id: visit._id, openPromises: visit.openPromises }, { promises, openPromises, hasOpenPromises: patch.hasOpenPromises })) !== 1) throw new AppError('CONFLICT', '调研记录已被他人更新，请刷新后重试');
    ctx.audit.record(visit._id, `承诺事项「${promise.content}」办结：${input.outcome}`);
    return toResearchVisitView({ ...visit, promises, openPromises }, ctx.now());
  },
});

const researchFollowUp = defineAction({
  name: 'research.followUp',
  roles: ['steward'],
  input: researchFollowUpInput,
  writes: 'research_visits',
  summary: '调研后回访企业',
  async handler(input, ctx): Promise<ResearchVisitView> {
    const visit = await visitInScope(ctx, input.visitId);
    const patch = { followUpAt: ctx.now(), followUpNote: input.note };
    await researchVisitRepo.update(ctx.db, visit._id, patch);
    ctx.audit.record(visit._id, `调研回访「${visit.enterpriseName}」：${input.note}`);
    return toResearchVisitView({ ...visit, ...patch }, ctx.now());
  },
});

export const researchActions = [researchRecord, researchList, researchClosePromise, researchFollowUp];
