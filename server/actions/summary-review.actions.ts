import { summaryAcceptInput, summaryIdInput, summaryListInput, summaryReturnInput } from '../../src/core/contracts/summary.contracts';
import { AppError, invalid, notFound } from '../../src/core/errors';
import { canTakeSummaryStep, summaryId, SUMMARY_STEPS } from '../../src/core/summary/summary.machine';
import { SUMMARY_STATE_LABELS, type SummaryDetail, type SummaryListView, type SummaryRow, type SummaryState } from '../../src/core/summary/summary.model';
import { summaryRepo, type SummaryDoc } from '../db/summary.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import type { Patch } from '../db/repository';
import { assertAccess, narrowedScope } from '../runtime/access';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { tellAccepted, tellReturned } from '../summary/summary-notices';
import { prefillOf } from '../summary/summary-reference';
import { assertVersion, conflict, deadlineOf, roundOf, summaryFor, today } from '../summary/summary-subject';
import { isFrozen, toDetail } from './summary.view';

const READERS = ['steward', 'unit_admin', 'district_admin'] as const;

/** Any summary the caller may see, with the data frozen at submission or as it stands now. */
export const detailOf = async (ctx: ActionContext, id: string): Promise<SummaryDetail> => {
  const { doc, party } = await summaryFor(ctx, id);
  const reference = isFrozen(doc.status) && doc.reference ? doc.reference : (await prefillOf(ctx.db, doc, ctx.now(), today(ctx))).reference;
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

const rowOf = (subjectId: string, subjectName: string, doc?: SummaryDoc): SummaryRow => ({
  subjectId, subjectName, state: doc?.status ?? 'not_started', returns: doc?.returns?.length ?? 0,
  ...(doc ? { summaryId: doc._id } : {}),
  ...(doc?.submittedAt ? { submittedAt: doc.submittedAt.toISOString(), late: !!doc.late } : {}),
  ...(doc?.acceptedAt ? { acceptedAt: doc.acceptedAt.toISOString() } : {}),
});

/** Waiting for the reviewer first, then the ones not in yet, then the accepted; by name within. */
const ORDER: Record<SummaryState, number> = { submitted: 0, returned: 1, draft: 2, not_started: 3, accepted: 4 };
const byNeed = (a: SummaryRow, b: SummaryRow) => ORDER[a.state] - ORDER[b.state] || a.subjectName.localeCompare(b.subjectName, 'zh');

const countsOf = (rows: SummaryRow[]) => Object.fromEntries((Object.keys(SUMMARY_STATE_LABELS) as SummaryState[]).map((s) => [s, rows.filter((r) => r.state === s).length])) as Record<SummaryState, number>;

const summaryList = defineAction({
  name: 'summary.list',
  roles: ['unit_admin', 'district_admin'],
  input: summaryListInput,
  writes: false,
  summary: '年度总结清单：单位看本单位管家的个人总结，区看各单位的单位总结（可看某单位的管家总结）',
  async handler({ year, of, unitId: asked }, ctx): Promise<SummaryListView> {
    const { db } = ctx;
    const { deadline, version: deadlineVersion } = await roundOf(ctx, year);
    if (of === 'units') {
      assertAccess(ctx.user, 'summary', {}, '只有区科经委可以查看各单位的年度总结');
      const [units, docs] = await Promise.all([unitRepo.all(db), summaryRepo.unitSummaries(db, year)]);
      const byUnit = new Map(docs.map((d) => [d.subjectId, d]));
      const rows = units.map((u) => rowOf(u._id, u.name, byUnit.get(u._id))).sort(byNeed);
      return { year, of, deadline, deadlineVersion, rows, counts: countsOf(rows) };
    }
    const unitId = narrowedScope(ctx.user, 'summary', { unitId: asked }, '只能查看本单位管家的年度总结')?.unitId;
    if (!unitId) throw invalid('请选择单位', { unitId: '请选择单位' });
    const [unit, stewards, docs, own] = await Promise.all([
      unitRepo.get(db, unitId), userRepo.stewardNames(db, unitId), summaryRepo.ofUnit(db, year, 'steward', unitId), summaryRepo.get(db, summaryId(year, 'unit', unitId)),
    ]);
    if (!unit) throw notFound('单位不存在');
    const bySteward = new Map(docs.map((d) => [d.subjectId, d]));
    const rows = stewards.filter((s) => s.status === 'active' || bySteward.has(s._id)).map((s) => rowOf(s._id, s.name, bySteward.get(s._id))).sort(byNeed);
    return {
      year, of, unitId, unitName: unit.name, deadline, deadlineVersion, rows, counts: countsOf(rows),
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
