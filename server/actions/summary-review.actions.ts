import { summaryAcceptInput, summaryIdInput, summaryListInput, summaryReturnInput } from '../../src/core/contracts/summary.contracts';
import { AppError, invalid, notFound } from '../../src/core/errors';
import { canTakeSummaryStep, summaryId, SUMMARY_STEPS } from '../../src/core/summary/summary.machine';
import { SUMMARY_STATE_LABELS, SUMMARY_STATES_BY_NEED, type SummaryDetail, type SummaryListView, type SummaryRow, type SummaryState } from '../../src/core/summary/summary.model';
import { summaryRepo, type SummaryDoc } from '../db/summary.repo';
import { unitRepo } from '../db/unit.repo';
import type { Patch } from '../db/repository';
import { assertAccess, narrowedScope } from '../runtime/access';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { tellAccepted, tellReturned } from '../summary/summary-notices';
import { stewardCounts, stewardRows } from '../summary/steward-list';
import { prefillOf } from '../summary/summary-reference';
import { assertVersion, conflict, deadlineOf, roundOf, summaryFor, today } from '../summary/summary-subject';
import { isFrozen, toDetail, toRow } from './summary.view';
import { compareChinese } from '../../src/core/text/chinese-order';

const READERS = ['steward', 'unit_admin', 'district_admin'] as const;

/**
 * Any summary the caller may see, with the data frozen at submission or as it stands now (a page
 * shows the annex's first stewards; an export prints it whole).
 */
export const detailOf = async (ctx: ActionContext, id: string, annex: 'whole' | 'preview' = 'preview'): Promise<SummaryDetail> => {
  const { doc, party } = await summaryFor(ctx, id);
  const reference = isFrozen(doc.status) && doc.reference ? doc.reference : (await prefillOf(ctx.db, doc, ctx.now(), today(ctx), annex)).reference;
  return toDetail(doc, reference, party, await deadlineOf(ctx, doc.year));
};

const summaryGet = defineAction({
  name: 'summary.get',
  roles: READERS,
  input: summaryIdInput,
  writes: false,
  summary: '查看一份年度总结（管家本人、本单位、区科经委）',
  handler: ({ id }, ctx) => detailOf(ctx, id),
});

/** The units waiting for the district first (SUMMARY_STATES_BY_NEED), by name within a state. */
const byNeed = (a: SummaryRow, b: SummaryRow) => SUMMARY_STATES_BY_NEED.indexOf(a.state) - SUMMARY_STATES_BY_NEED.indexOf(b.state) || compareChinese(a.subjectName, b.subjectName);

const countsOf = (rows: SummaryRow[]) => Object.fromEntries(SUMMARY_STATES_BY_NEED.map((s) => [s, rows.filter((r) => r.state === s).length])) as Record<SummaryState, number>;

const summaryList = defineAction({
  name: 'summary.list',
  roles: ['unit_admin', 'district_admin'],
  input: summaryListInput,
  writes: false,
  summary: '年度总结清单：单位看本单位管家的个人总结（按状态分页），区看各单位的单位总结（可看某单位的管家总结）',
  async handler(input, ctx): Promise<SummaryListView> {
    const { db } = ctx;
    const { year } = input;
    if (input.of === 'units') {
      assertAccess(ctx.user, 'summary', {}, '只有区科经委可以查看各单位的年度总结');
      const [{ deadline, version: deadlineVersion }, units, docs] = await Promise.all([roundOf(ctx, year), unitRepo.all(db), summaryRepo.unitSummaries(db, year)]);
      const byUnit = new Map(docs.map((d) => [d.subjectId, d]));
      const rows = units.map((u) => toRow(u._id, u.name, byUnit.get(u._id))).sort(byNeed);
      return { of: 'units', year, deadline, deadlineVersion, rows, counts: countsOf(rows) };
    }
    const unitId = narrowedScope(ctx.user, 'summary', { unitId: input.unitId }, '只能查看本单位管家的年度总结')?.unitId;
    if (!unitId) throw invalid('请选择单位', { unitId: '请选择单位' });
    const { state, page, pageSize } = input;
    const [{ deadline, version: deadlineVersion }, unit, own, counts, stewards] = await Promise.all([
      roundOf(ctx, year), unitRepo.get(db, unitId), summaryRepo.get(db, summaryId(year, 'unit', unitId)),
      stewardCounts(db, year, unitId), stewardRows(db, year, unitId, state, { page, pageSize }),
    ]);
    if (!unit) throw notFound('单位不存在');
    return {
      of: 'stewards', year, unitId, unitName: unit.name, deadline, deadlineVersion, counts, state, stewards,
      unitSummary: { state: own?.status ?? 'not_started', ...(own ? { summaryId: own._id } : {}) },
    };
  },
});

/** A reviewer's step: allowed to the summary's reviewer from the state read, landing only on the version read. */
const review = async (ctx: ActionContext, id: string, version: number, step: 'return' | 'accept', patch: Patch<SummaryDoc>): Promise<SummaryDoc> => {
  const { doc, party } = await summaryFor(ctx, id);
  if (party !== 'reviewer') throw new AppError('FORBIDDEN', doc.kind === 'steward' ? '管家个人总结由所在单位审核' : '单位总结由区科经委审核');
  assertVersion(doc, version);
  if (!canTakeSummaryStep(step, party, doc.status)) throw new AppError('INVALID_STATE', `总结当前为“${SUMMARY_STATE_LABELS[doc.status]}”，不能${SUMMARY_STEPS[step].label}`);
  if (!(await summaryRepo.updateAt(ctx.db, id, version, { ...patch, status: SUMMARY_STEPS[step].to, updatedBy: ctx.user._id, updatedAt: ctx.now() }))) throw conflict();
  return (await summaryRepo.get(ctx.db, id))!;
};

const summaryReturn = defineAction({
  name: 'summary.return',
  roles: ['unit_admin', 'district_admin'],
  input: summaryReturnInput,
  writes: 'summaries',
  summary: '退回年度总结修改（写明理由，告知撰写人）',
  async handler({ id, version, reason }, ctx): Promise<SummaryDetail> {
    const at = ctx.now();
    const doc = await review(ctx, id, version, 'return', { returns: ctx.db.command.push([{ at, by: ctx.user._id, byName: ctx.user.name, reason }]) });
    ctx.audit.record(id, `退回${doc.subjectName} ${doc.year} 年度总结：${reason}`);
    await tellReturned(ctx.db, ctx.messages, doc, reason, at);
    return detailOf(ctx, id);
  },
});

const summaryAccept = defineAction({
  name: 'summary.accept',
  roles: ['unit_admin', 'district_admin'],
  input: summaryAcceptInput,
  writes: 'summaries',
  summary: '年度总结审核通过（告知撰写人）',
  async handler({ id, version }, ctx): Promise<SummaryDetail> {
    const at = ctx.now();
    const doc = await review(ctx, id, version, 'accept', { acceptedAt: at, acceptedBy: ctx.user._id, acceptedByName: ctx.user.name });
    ctx.audit.record(id, `${doc.subjectName} ${doc.year} 年度总结审核通过`);
    await tellAccepted(ctx.db, ctx.messages, doc, at);
    return detailOf(ctx, id);
  },
});

export const summaryReviewActions = [summaryGet, summaryList, summaryReturn, summaryAccept];
