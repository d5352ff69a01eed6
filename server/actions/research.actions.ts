import { researchClosePromiseInput, researchFollowUpInput, researchListInput } from '../../src/core/contracts/fieldwork.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError } from '../../src/core/errors';
import type { ResearchVisitView } from '../../src/core/fieldwork/fieldwork.model';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { scopeOf } from '../runtime/access';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { researchVisitRepo } from '../db/research-visit.repo';
import { updateTracked } from '../db/tracked-writes';
import { reminderPatch, visitInScope } from './research-visit';
import { toResearchVisitViewOf, toResearchVisitViews } from './research.view';

const researchList = defineAction({
  name: 'research.list',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: researchListInput,
  writes: false,
  summary: '领导调研计划、记录与未办结承诺事项',
  async handler(input, { db, user, now, files }): Promise<PageResult<ResearchVisitView>> {
    const scope = scopeOf(user, 'research_visit');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope };
    if (input.enterpriseId) filter.enterpriseId = input.enterpriseId;
    // The stored hasOpenPromises lets the [scope, hasOpenPromises, -date] index answer the page.
    if (input.openOnly) filter.hasOpenPromises = true;
    // Visits recorded before plans existed carry no status: they are records.
    if (input.status === 'planned') filter.status = 'planned';
    if (input.status === 'recorded') filter.status = db.command.nin(['planned', 'cancelled']);
    const page = await fetchPage(researchVisitRepo.find(db, filter).orderBy('date', 'desc'), input, (v) => v);
    return { ...page, items: await toResearchVisitViews(files, page.items, now()) };
  },
});

const researchClosePromise = defineAction({
  name: 'research.closePromise',
  roles: ['steward', 'unit_admin'],
  input: researchClosePromiseInput,
  writes: 'research_visits',
  summary: '承诺事项办结，记录结果',
  async handler(input, ctx): Promise<ResearchVisitView> {
    const visit = await visitInScope(ctx, input.visitId);
    const promise = visit.promises.find((p) => p.id === input.promiseId);
    if (!promise) throw new AppError('NOT_FOUND', '承诺事项不存在');
    if (promise.status === 'closed') throw new AppError('CONFLICT', '该承诺事项已办结');
    const promises = visit.promises.map((p) => (p.id === promise.id ? { ...p, status: 'closed' as const, outcome: input.outcome, closedAt: ctx.now(), closedBy: ctx.user._id } : p));
    const openPromises = promises.filter((p) => p.status === 'open').length;
    const closed = { ...visit, promises, openPromises };
    const patch = { promises, openPromises, ...reminderPatch(ctx.db, closed, await calendarOverrideRepo.load(ctx.db)) };
    // Conditional on the open count and scope it read: a concurrent close of another promise is not lost.
    const written = await updateTracked(ctx.db, 'research_visits', visit, { patch, condition: { openPromises: visit.openPromises, stewardId: visit.stewardId } }, ctx.now());
    if (!written) throw new AppError('CONFLICT', '调研记录已被他人更新，请刷新后重试');
    ctx.audit.record(visit._id, `承诺事项「${promise.content}」办结：${input.outcome}`);
    return toResearchVisitViewOf(ctx.files, written, ctx.now());
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
    if (visit.status === 'planned' || visit.status === 'cancelled') throw new AppError('INVALID_STATE', '调研尚未记录，请先记录调研情况再回访');
    const followed = { ...visit, followUpAt: ctx.now(), followUpNote: input.note };
    const patch = { followUpAt: followed.followUpAt, followUpNote: input.note, ...reminderPatch(ctx.db, followed, await calendarOverrideRepo.load(ctx.db)) };
    // Conditional on the visit as read: still in the caller's scope, and not written meanwhile.
    const written = await updateTracked(ctx.db, 'research_visits', visit, { patch, condition: { stewardId: visit.stewardId } }, ctx.now());
    if (!written) throw new AppError('CONFLICT', '调研记录已被他人更新，请刷新后重试');
    ctx.audit.record(visit._id, `调研回访「${visit.enterpriseName}」：${input.note}`);
    return toResearchVisitViewOf(ctx.files, written, ctx.now());
  },
});

export const researchActions = [researchList, researchClosePromise, researchFollowUp];
