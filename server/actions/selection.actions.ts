import type { NomineeView, SelectionView } from '../../src/core/assessment/assessment.model';
import type { AssessmentScheme } from '../../src/core/assessment/scheme';
import { assertNominations, rankForSelection } from '../../src/core/assessment/selection';
import { selectionGetInput, selectionNominateInput, selectionReviewInput, yearInput } from '../../src/core/contracts/assessment.contracts';
import { AppError, notFound } from '../../src/core/errors';
import { thing } from '../../src/core/notify/templates';
import type { Database } from '../runtime/cloud-types';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { assessmentResultRepo } from '../db/assessment-result.repo';
import { assessmentRunRepo, type AssessmentRunDoc } from '../db/assessment-run.repo';
import { assessmentSchemeRepo } from '../db/assessment-scheme.repo';
import { selectionId, selectionRepo, type NomineeDoc, type SelectionDoc } from '../db/selection.repo';
import { unitRepo } from '../db/unit.repo';
import type { UserDoc } from '../db/user.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers, wxTime } from '../notify/notifier';
import { rankedRows } from './assessment.view';
import { exportWorkbook, addSheet } from './export-workbook';

/**
 * Excellent-steward selection (art. 9): the ranking from the published assessment with its
 * minimum-sample rule, each unit's nominations within its quota (one document per unit, written
 * only from the revision read), the district's review with reasons, and the published list,
 * exported for the city.
 */

const publishedRun = async (db: Database, year: number): Promise<{ run: AssessmentRunDoc; scheme: AssessmentScheme }> => {
  const run = await assessmentRunRepo.ofYear(db, year);
  if (run?.status !== 'published') throw new AppError('INVALID_STATE', `${year} 年度考核结果发布后才能推荐优秀管家`);
  const version = await assessmentSchemeRepo.version(db, run.schemeVersion);
  return { run, scheme: version!.scheme };
};

const nomineeView = (doc: SelectionDoc, n: NomineeDoc, rank: number | null): NomineeView => ({
  stewardId: n.stewardId, name: n.name, unitId: doc.unitId, unitName: doc.unitName, total: n.total, rank, reason: n.reason, status: n.status, ...(n.reviewReason ? { reviewReason: n.reviewReason } : {}),
});

const selectionView = async (db: Database, user: UserDoc, input: { year: number; unitId?: string; page: number; pageSize: number }): Promise<SelectionView> => {
  const { run, scheme } = await publishedRun(db, input.year);
  const unitId = narrowedScope(user, 'selection', { unitId: input.unitId }, '只能查看本单位的推荐')?.unitId;
  const skip = (input.page - 1) * input.pageSize;
  const [docs, selections] = await Promise.all([
    assessmentResultRepo.rankingRows(db, input.year, 'steward', { skip, limit: input.pageSize + 1, unitId }),
    unitId ? selectionRepo.ofUnit(db, input.year, unitId).then((d) => (d ? [d] : [])) : selectionRepo.ofYear(db, input.year),
  ]);
  const page = docs.slice(0, input.pageSize);
  const [rows, unitRows] = await Promise.all([rankedRows(db, page, skip), unitId ? rankedRows(db, page, skip, unitId) : Promise.resolve([])]);
  // Within a unit, each steward's place in it (counted over the whole unit, not this page) decides the suggested nominees (the quota).
  const unitRanks = new Map(unitRows.map((r) => [r.id, r.rank]));
  const nominated = new Set(selections.flatMap((s) => s.nominees.map((n) => n.stewardId)));
  const ranks = new Map(rows.map((r) => [r.id, r.rank]));
  // Nominees off this page: their rows in one read, each distinct total's rank counted once.
  const extra = await assessmentResultRepo.rowsOf(db, input.year, 'steward', selections.flatMap((s) => s.nominees.filter((n) => !ranks.has(n.stewardId)).map((n) => n.stewardId)));
  const totals = [...new Set(extra.filter((d) => d.eligible).map((d) => d.total))];
  const above = new Map(await Promise.all(totals.map(async (total) => [total, await assessmentResultRepo.above(db, input.year, 'steward', total)] as const)));
  for (const d of extra) ranks.set(d.subjectId, d.eligible ? above.get(d.total)! + 1 : null);
  return {
    year: input.year, quota: scheme.nominationQuotaPerUnit, minRatedDemands: scheme.minRatedDemands, published: !!run.selectionPublishedAt, publishedAt: run.selectionPublishedAt?.toISOString(),
    ranking: {
      items: rows.map((r) => {
        const unitRank = unitRanks.get(r.id) ?? null;
        return { ...r, unitRank, suggested: unitRank !== null && unitRank <= scheme.nominationQuotaPerUnit, nominated: nominated.has(r.id) };
      }),
      page: input.page, pageSize: input.pageSize, hasMore: docs.length > input.pageSize,
    },
    nominees: selections.flatMap((s) => s.nominees.map((n) => nomineeView(s, n, ranks.get(n.stewardId) ?? null))),
    rev: unitId && user.role === 'unit_admin' ? (selections[0]?.rev ?? 0) : 0,
  };
};

const get = defineAction({
  name: 'selection.get',
  roles: ['district_admin', 'unit_admin'],
  input: selectionGetInput,
  writes: false,
  summary: '优秀管家评选：按考核得分的排名（满足最少评价件数）、推荐名额和各单位的推荐及审核情况',
  handler: async (input, { db, user }) => selectionView(db, user, input),
});

const nominate = defineAction({
  name: 'selection.nominate',
  roles: ['unit_admin'],
  input: selectionNominateInput,
  writes: 'selection_nominations',
  summary: '单位在名额内推荐本单位的优秀管家（附推荐理由）；区科经委审核前可修改',
  async handler({ year, nominees, rev }, ctx) {
    const { db, user } = ctx;
    const unitId = user.unitId!;
    const { run, scheme } = await publishedRun(db, year);
    if (run.selectionPublishedAt) throw new AppError('INVALID_STATE', '优秀管家名单已公布，不能再修改推荐');
    // Every steward of the unit (a unit at ten times Pudong has ~300): any eligible one may be nominated.
    const stewards = await assessmentResultRepo.all(db, { year, subject: 'steward', unitId });
    const ranking = rankForSelection(stewards.map((d) => ({ stewardId: d.subjectId, name: d.name, unitId: d.unitId, result: d.result })), scheme);
    assertNominations(unitId, nominees.map((n) => n.stewardId), ranking, scheme);
    const existing = await selectionRepo.ofUnit(db, year, unitId);
    if ((existing?.rev ?? 0) !== rev) throw new AppError('CONFLICT', '本单位的推荐已被他人修改，请刷新后再提交');
    const before = new Map(existing?.nominees.map((n) => [n.stewardId, n]));
    if (existing?.nominees.some((n) => n.status !== 'nominated' && !nominees.some((m) => m.stewardId === n.stewardId))) throw new AppError('INVALID_STATE', '已审核的推荐不能撤回，请联系区科经委');
    const docs: NomineeDoc[] = nominees.map(({ stewardId, reason }) => {
      const row = ranking.find((r) => r.stewardId === stewardId)!;
      const kept = before.get(stewardId);
      return kept && kept.status !== 'nominated' ? kept : { stewardId, name: row.name, total: row.result.total, reason, status: 'nominated' };
    });
    const now = ctx.now();
    const unit = await unitRepo.get(db, unitId);
    const written = existing
      ? await selectionRepo.write(db, existing, { nominees: docs, submittedAt: now, submittedBy: user._id })
      : await selectionRepo.create(db, { _id: selectionId(year, unitId), year, unitId, unitName: unit?.name ?? unitId, nominees: docs, rev: 1, submittedAt: now, submittedBy: user._id });
    if (!written) throw new AppError('CONFLICT', '本单位的推荐已被他人修改，请刷新后再提交');
    ctx.audit.record(selectionId(year, unitId), `推荐 ${year} 年度优秀管家：${docs.map((d) => d.name).join('、') || '（无）'}`);
    return selectionView(db, user, { year, page: 1, pageSize: 20 });
  },
});

const review = defineAction({
  name: 'selection.review',
  roles: ['district_admin'],
  input: selectionReviewInput,
  writes: 'selection_nominations',
  summary: '区科经委审核单位的优秀管家推荐：通过或不通过（说明理由）',
  async handler(input, ctx) {
    const { db } = ctx;
    const { run } = await publishedRun(db, input.year);
    if (run.selectionPublishedAt) throw new AppError('INVALID_STATE', '优秀管家名单已公布');
    const doc = await selectionRepo.ofUnit(db, input.year, input.unitId);
    const nominee = doc?.nominees.find((n) => n.stewardId === input.stewardId);
    if (!doc || !nominee) throw notFound('该单位没有推荐这名管家');
    const status = input.accepted ? 'accepted' : 'rejected';
    const nominees = doc.nominees.map((n): NomineeDoc => (n.stewardId === input.stewardId ? { ...n, status, ...(input.reason ? { reviewReason: input.reason } : {}), reviewedAt: ctx.now(), reviewedBy: ctx.user._id } : n));
    if (!(await selectionRepo.write(db, doc, { nominees }))) throw new AppError('CONFLICT', '该单位的推荐刚刚有变化，请刷新后再审核');
    ctx.audit.record(doc._id, `审核优秀管家推荐：${nominee.name}${input.accepted ? '通过' : `不通过（${input.reason}）`}`);
    return selectionView(db, ctx.user, { year: input.year, page: 1, pageSize: 20 });
  },
});

const publish = defineAction({
  name: 'selection.publish',
  roles: ['district_admin'],
  input: yearInput,
  writes: 'assessment_runs',
  summary: '公布优秀管家名单（所有推荐审核完毕后），通知入选管家和各单位',
  async handler({ year }, ctx) {
    const { db } = ctx;
    const { run } = await publishedRun(db, year);
    const selections = await selectionRepo.ofYear(db, year);
    const pending = selections.flatMap((s) => s.nominees.filter((n) => n.status === 'nominated'));
    if (pending.length) throw new AppError('INVALID_STATE', `还有 ${pending.length} 名推荐未审核：${pending.map((n) => n.name).join('、')}`);
    const accepted = selections.flatMap((s) => s.nominees.filter((n) => n.status === 'accepted'));
    if (!accepted.length) throw new AppError('INVALID_STATE', '还没有通过审核的推荐，不能公布名单');
    const now = ctx.now();
    if ((await assessmentRunRepo.updateWhere(db, { _id: run._id, selectionPublishedAt: db.command.exists(false) }, { selectionPublishedAt: now })) !== 1) throw new AppError('INVALID_STATE', '优秀管家名单已公布');
    ctx.audit.record(run._id, `公布 ${year} 年度优秀管家名单（${accepted.length} 名）`);
    const recipients = [...(await userRepo.all(db, { _id: db.command.in(accepted.map((n) => n.stewardId)), status: 'active' })), ...(await userRepo.all(db, { role: 'unit_admin', unitId: db.command.in(selections.map((s) => s.unitId)), status: 'active' }))];
    await notifyUsers(db, ctx.messages, recipients, {
      template: 'todo', kind: 'status:selection_published', recordId: run._id, page: `/assessment/pages/selection/index?year=${year}`,
      title: `${year} 年度优秀服务管家名单已公布`, body: `入选 ${accepted.length} 名：${accepted.map((n) => n.name).join('、')}。`,
      data: { thing1: thing(`${year} 年度优秀管家名单`), thing2: thing(`入选 ${accepted.length} 名`), time3: wxTime(now), thing4: thing('请查看') },
    });
    return selectionView(db, ctx.user, { year, page: 1, pageSize: 20 });
  },
});

const exportList = defineAction({
  name: 'selection.export',
  roles: ['district_admin'],
  input: yearInput,
  writes: false,
  summary: '导出优秀管家名单和各单位推荐（Excel），报送市里',
  async handler({ year }, { db, files, now }) {
    await publishedRun(db, year);
    const selections = await selectionRepo.ofYear(db, year);
    const rows = selections.flatMap((s) => s.nominees.map((n) => ({ ...n, unitName: s.unitName })));
    const statusText = { nominated: '待审核', accepted: '通过', rejected: '不通过' };
    const columns = [
      { header: '单位', width: 18, value: (r: (typeof rows)[number]) => r.unitName },
      { header: '管家', width: 12, value: (r: (typeof rows)[number]) => r.name },
      { header: '考核得分', width: 10, value: (r: (typeof rows)[number]) => r.total },
      { header: '推荐理由', width: 50, value: (r: (typeof rows)[number]) => r.reason },
      { header: '审核结果', width: 10, value: (r: (typeof rows)[number]) => statusText[r.status] },
      { header: '审核意见', width: 30, value: (r: (typeof rows)[number]) => r.reviewReason ?? '' },
    ];
    const accepted = rows.filter((r) => r.status === 'accepted').sort((a, b) => b.total - a.total);
    return exportWorkbook(files, `excellent-stewards-${year}`, now(), (book) => {
      addSheet(book, `${year}年度优秀服务管家`, columns.filter((c) => c.header !== '审核结果'), accepted);
      addSheet(book, '各单位推荐', columns, rows);
    }, accepted.length);
  },
});

export const selectionActions = [get, nominate, review, publish, exportList];
