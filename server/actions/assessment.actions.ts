import type { UnitResultView, YearView } from '../../src/core/assessment/assessment.model';
import { unitsToRectify } from '../../src/core/assessment/result-ranks';
import { assessmentPublishInput, subjectResultInput, unitResultInput, yearInput, yearPageInput } from '../../src/core/contracts/assessment.contracts';
import { AppError, notFound } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { assertAccess, narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { assessmentResultRepo, resultId } from '../db/assessment-result.repo';
import { assessmentRunRepo, type AssessmentRunDoc } from '../db/assessment-run.repo';
import { assessmentSchemeRepo } from '../db/assessment-scheme.repo';
import type { UserDoc } from '../db/user.repo';
import { advanceRun, startRun } from '../assessment/assessment-run';
import { tellUnit } from '../assessment/publish-results';
import { rankedRows, runView, scoreRow } from './assessment.view';
import { evidenceKindOf, sourceKey } from '../../src/core/assessment/evidence-kinds';

/**
 * The annual assessment (年考核, issue 10 item 4): the district runs a year (in batches that
 * resume), reads every score down to its evidence, and publishes; a unit reads its own results
 * once published and acknowledges them.
 */

/** The run a caller may read: a unit admin sees a year only once it is published. */
const visibleRun = async (db: Database, user: UserDoc, year: number): Promise<AssessmentRunDoc | null> => {
  const run = await assessmentRunRepo.ofYear(db, year);
  return run && (user.role === 'district_admin' || run.status === 'published') ? run : null;
};
const runOrRefuse = async (db: Database, user: UserDoc, year: number) => {
  const run = await visibleRun(db, user, year);
  if (!run) throw notFound(`${year} 年度考核结果尚未发布`);
  return run;
};

const run = defineAction({
  name: 'assessment.run',
  roles: ['district_admin'],
  input: yearInput,
  writes: 'assessment_runs',
  summary: '计算（或继续计算）一个年度的考核：逐个单位计算单位和管家得分，超时后下次调用接着算',
  async handler({ year }, ctx) {
    const before = await assessmentRunRepo.ofYear(ctx.db, year);
    const started = before?.status === 'running' ? before : await startRun(ctx.db, year, ctx.user._id, ctx.now());
    const { run: after, units } = await advanceRun(ctx.db, year, ctx.now());
    if (started !== before || units) ctx.audit.record(String(year), `${year} 年度考核计算：本次 ${units} 个单位，已完成 ${after!.cursor}/${after!.unitIds.length}`);
    else ctx.audit.unchanged();
    return runView(after ?? started);
  },
});

const yearView = defineAction({
  name: 'assessment.year',
  roles: ['district_admin', 'unit_admin'],
  input: yearPageInput,
  writes: false,
  summary: '一个年度的考核：计算进度和各单位得分排名（单位总管家只看本单位，发布后可见）',
  async handler({ year, page, pageSize }, { db, user }): Promise<YearView> {
    const found = await visibleRun(db, user, year);
    const empty = { items: [], page, pageSize, hasMore: false };
    if (!found) return { run: null, units: empty };
    const unitId = narrowedScope(user, 'assessment_result', {}, '')?.unitId;
    const skip = (page - 1) * pageSize;
    const docs = await assessmentResultRepo.rankingRows(db, year, 'unit', { skip, limit: pageSize + 1, unitId });
    const rows = await rankedRows(db, docs.slice(0, pageSize), unitId ? 0 : skip);
    // A unit admin's one row still carries its district-wide rank.
    if (unitId && rows[0]?.eligible) rows[0].rank = (await assessmentResultRepo.above(db, year, 'unit', rows[0].total)) + 1;
    return { run: runView(found), units: { items: rows, page, pageSize, hasMore: docs.length > pageSize } };
  },
});

const unitResult = async (db: Database, user: UserDoc, { year, unitId, page, pageSize }: { year: number; unitId?: string; page: number; pageSize: number }): Promise<UnitResultView> => {
  const scoped = narrowedScope(user, 'assessment_result', { unitId }, '只能查看本单位的考核结果')?.unitId;
  if (!scoped) throw notFound('请选择单位');
  const found = await runOrRefuse(db, user, year);
  const skip = (page - 1) * pageSize;
  const [unit, stewards, stewardCount] = await Promise.all([
    assessmentResultRepo.get(db, resultId(year, 'unit', scoped)),
    assessmentResultRepo.rankingRows(db, year, 'steward', { skip, limit: pageSize + 1, unitId: scoped }),
    assessmentResultRepo.countOf(db, year, 'steward', scoped),
  ]);
  if (!unit) throw notFound('该单位本年度没有考核结果');
  const unitRank = unit.eligible ? (await assessmentResultRepo.above(db, year, 'unit', unit.total)) + 1 : null;
  const items = await rankedRows(db, stewards.slice(0, pageSize), skip, scoped);
  return { run: runView(found), unit: scoreRow(unit, unitRank), stewardCount, stewards: { items, page, pageSize, hasMore: stewards.length > pageSize } };
};

const unit = defineAction({
  name: 'assessment.unit',
  roles: ['district_admin', 'unit_admin'],
  input: unitResultInput,
  writes: false,
  summary: '一个单位的年度得分和本单位各管家的得分（单位内排名，分页）',
  handler: async (input, { db, user }) => unitResult(db, user, input),
});

const subject = defineAction({
  name: 'assessment.subject',
  roles: ['district_admin', 'unit_admin'],
  input: subjectResultInput,
  writes: false,
  summary: '一个单位或管家的得分明细：每项指标、测量项、扣分项，及所用的统计数和口径',
  async handler(input, { db, user }) {
    const found = await runOrRefuse(db, user, input.year);
    const doc = await assessmentResultRepo.get(db, resultId(input.year, input.subject, input.id));
    if (!doc) throw notFound('没有该对象本年度的考核结果');
    assertAccess(user, 'assessment_result', doc, '只能查看本单位的考核结果');
    const [version, unitDoc] = await Promise.all([assessmentSchemeRepo.version(db, doc.schemeVersion), assessmentResultRepo.get(db, resultId(input.year, 'unit', doc.unitId))]);
    const scheme = version?.scheme;
    const rank = doc.eligible ? (await assessmentResultRepo.above(db, input.year, doc.subject, doc.total)) + 1 : null;
    const sources = [...(scheme?.indicators.flatMap((i) => i.measures.map((m) => m.source)) ?? []), ...(scheme?.deductions.map((d) => d.source) ?? [])];
    return {
      run: runView(found), row: scoreRow(doc, rank), unitName: unitDoc?.name ?? doc.unitId, result: doc.result, counters: doc.counters,
      notes: Object.fromEntries([...(scheme?.indicators ?? []), ...(scheme?.deductions ?? [])].map((i) => [i.key, i.note])),
      // Records are listed for a steward's score (a unit's drills down through its stewards).
      deductionSources: Object.fromEntries((scheme?.deductions ?? []).map((d) => [d.key, sourceKey(d.source)])),
      evidenceKinds: doc.subject === 'steward' ? Object.fromEntries(sources.map((s) => [sourceKey(s), evidenceKindOf(s)]).filter(([, k]) => k)) : {},
    };
  },
});

const publish = defineAction({
  name: 'assessment.publish',
  roles: ['district_admin'],
  input: assessmentPublishInput,
  writes: 'assessment_runs',
  summary: '发布年度考核结果：通知各单位；得分低于阈值或选定的单位须提交整改方案',
  async handler(input, ctx) {
    const { db } = ctx;
    const found = await assessmentRunRepo.ofYear(db, input.year);
    if (!found) throw notFound(`${input.year} 年度尚未计算考核`);
    if (found.status === 'running') throw new AppError('INVALID_STATE', '考核尚未计算完成，请稍后再发布');
    const units = await assessmentResultRepo.page(db, input.year, 'unit', { skip: 0, limit: 1000 });
    let current = found;
    if (found.status === 'computed') {
      const rectify = unitsToRectify(units.map((u) => ({ id: u.subjectId, total: u.total })), input.rectifyBelow, input.rectifyUnitIds);
      const patch = { status: 'published' as const, publishedAt: ctx.now(), publishedBy: ctx.user._id, rectifyUnitIds: rectify, rectifyDueWorkingDays: input.dueWorkingDays };
      if ((await assessmentRunRepo.updateWhere(db, { _id: found._id, status: 'computed' }, patch)) !== 1) throw new AppError('CONFLICT');
      current = { ...found, ...patch };
      ctx.audit.record(found._id, `发布 ${input.year} 年度考核结果（${units.length} 个单位，${rectify.length} 个须提交整改方案）`);
    } else ctx.audit.unchanged();
    // Told once per unit (marked first); a publication retried after a timeout tells the rest.
    for (const u of units) await tellUnit(db, ctx.messages, current, u.subjectId, u.total, current.rectifyUnitIds.includes(u.subjectId), ctx.now());
    return runView(current);
  },
});

const acknowledge = defineAction({
  name: 'assessment.acknowledge',
  roles: ['unit_admin'],
  input: yearInput,
  writes: 'assessment_results',
  summary: '单位总管家确认收到本单位年度考核结果',
  async handler({ year }, ctx) {
    const unitId = ctx.user.unitId!;
    await runOrRefuse(ctx.db, ctx.user, year);
    const id = resultId(year, 'unit', unitId);
    const done = await assessmentResultRepo.updateWhere(ctx.db, { _id: id, acknowledgedAt: ctx.db.command.exists(false) }, { acknowledgedAt: ctx.now(), acknowledgedBy: ctx.user._id });
    if (done === 1) ctx.audit.record(id, `确认收到 ${year} 年度考核结果`);
    else ctx.audit.unchanged();
    // The unit's result as its page opens: the first page of its stewards.
    return unitResult(ctx.db, ctx.user, { year, unitId, page: 1, pageSize: 20 });
  },
});

export const assessmentActions = [run, yearView, unit, subject, publish, acknowledge];
