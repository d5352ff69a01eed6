import { integrityConcludeInput, integrityIdInput, integrityListInput, integrityNoteInput, integrityReadsInput, integrityReplyInput } from '../../src/core/contracts/integrity.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, invalid, notFound } from '../../src/core/errors';
import { INTEGRITY_OUTCOME_LABELS, type IntegrityReadView, type IntegrityReportDetail, type IntegrityReportRow } from '../../src/core/integrity/integrity.model';
import { canTakeIntegrityStep, INTEGRITY_STEPS, type IntegrityStep } from '../../src/core/integrity/integrity.machine';
import { newId } from '../db/codes';
import { integrityReadRepo } from '../db/integrity-read.repo';
import { integrityReportRepo, type IntegrityReportDoc } from '../db/integrity-report.repo';
import { fetchPage } from '../db/paging';
import type { Patch } from '../db/repository';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { tellReporter } from './integrity-notices';
import { shanghaiYear } from './training-assign';
import { toDetail, toRow } from './integrity.view';

const DISTRICT = ['district_admin'] as const;

const integrityList = defineAction({
  name: 'integrity.list',
  roles: DISTRICT,
  input: integrityListInput,
  writes: false,
  summary: '廉洁监督反映清单（只有编号、类别、状态和期限；内容须打开查阅，查阅留痕）',
  async handler(input, { db, now }): Promise<PageResult<IntegrityReportRow>> {
    const filter: Record<string, unknown> = {};
    if (input.state === 'closed') filter.status = 'replied';
    if (input.state === 'open') filter.status = db.command.neq('replied');
    return fetchPage(integrityReportRepo.find(db, filter).orderBy('submittedAt', 'desc'), input, (r) => toRow(r, now()));
  },
});

/** The full report, and a line in its access log: every district read is recorded. */
const readReport = async (ctx: ActionContext, report: IntegrityReportDoc): Promise<IntegrityReportDetail> => {
  await integrityReadRepo.insert(ctx.db, { _id: newId(), reportId: report._id, reportNumber: report.number, readerId: ctx.user._id, readerName: ctx.user.name, at: ctx.now() });
  const urls = report.attachments.length ? await ctx.files.tempUrls(report.attachments.map((a) => a.fileID)) : new Map<string, string>();
  const unit = report.concernedUnitId ? await unitRepo.get(ctx.db, report.concernedUnitId) : null;
  return toDetail(report, ctx.now(), { urls, unitNames: new Map(unit ? [[unit._id, unit.name]] : []) });
};

const reportOf = async (ctx: ActionContext, id: string): Promise<IntegrityReportDoc> => {
  const report = await integrityReportRepo.get(ctx.db, id);
  if (!report) throw notFound('反映记录不存在');
  return report;
};

const integrityGet = defineAction({
  name: 'integrity.get',
  roles: DISTRICT,
  input: integrityIdInput,
  writes: 'integrity_reads',
  summary: '查阅一条廉洁监督反映（查阅人和时间留痕）',
  async handler({ id }, ctx): Promise<IntegrityReportDetail> {
    const report = await reportOf(ctx, id);
    ctx.audit.record(report._id, `查阅廉洁监督反映 ${report.number}`);
    return readReport(ctx, report);
  },
});

/** One district step: allowed from the state read, written only if the report is still in it. */
const step = async (ctx: ActionContext, id: string, name: IntegrityStep, plan: (r: IntegrityReportDoc) => Promise<Patch<IntegrityReportDoc>> | Patch<IntegrityReportDoc>) => {
  const report = await reportOf(ctx, id);
  if (!canTakeIntegrityStep(name, report.status)) throw new AppError('INVALID_STATE', `当前状态不能${INTEGRITY_STEPS[name].label}，请刷新后查看`);
  const patch = { ...(await plan(report)), status: INTEGRITY_STEPS[name].to };
  if (!(await integrityReportRepo.updateFrom(ctx.db, id, report.status, patch))) throw new AppError('CONFLICT', '这条反映刚刚已被他人处理，请刷新后查看');
  return (await integrityReportRepo.get(ctx.db, id))!;
};

const integrityAcknowledge = defineAction({
  name: 'integrity.acknowledge',
  roles: DISTRICT,
  input: integrityIdInput,
  writes: 'integrity_reports',
  summary: '受理廉洁监督反映（1 个工作日内），告知反映人',
  async handler({ id }, ctx): Promise<IntegrityReportDetail> {
    const report = await step(ctx, id, 'acknowledge', () => ({ acknowledgedAt: ctx.now() }));
    ctx.audit.record(id, `受理廉洁监督反映 ${report.number}`);
    await tellReporter(ctx.db, ctx.messages, report, 'acknowledged', ctx.now());
    return readReport(ctx, report);
  },
});

const integrityNote = defineAction({
  name: 'integrity.note',
  roles: DISTRICT,
  input: integrityNoteInput,
  writes: 'integrity_reports',
  summary: '记录调查核实情况',
  async handler({ id, note }, ctx): Promise<IntegrityReportDetail> {
    const report = await step(ctx, id, 'note', () => ({ notes: ctx.db.command.push([{ at: ctx.now(), by: ctx.user._id, byName: ctx.user.name, text: note }]) }));
    ctx.audit.record(id, `记录廉洁监督反映 ${report.number} 的调查情况`);
    return readReport(ctx, report);
  },
});

const integrityConclude = defineAction({
  name: 'integrity.conclude',
  roles: DISTRICT,
  input: integrityConcludeInput,
  writes: 'integrity_reports',
  summary: '作出认定：查实或未查实，写明认定意见和涉及的管家（查实的计入年度考核）',
  async handler({ id, outcome, findings, stewardId }, ctx): Promise<IntegrityReportDetail> {
    const steward = stewardId ? await userRepo.get(ctx.db, stewardId) : null;
    if (stewardId && (!steward || steward.role !== 'steward')) throw invalid('请选择涉及的服务管家', { stewardId: '请选择服务管家' });
    const report = await step(ctx, id, 'conclude', () => ({
      outcome, findings, concludedAt: ctx.now(), concludedBy: ctx.user._id, concludedYear: shanghaiYear(ctx.now()),
      ...(steward ? { concernedStewardId: steward._id, concernedStewardName: steward.name, ...(steward.unitId ? { concernedUnitId: steward.unitId } : {}) } : {}),
    }));
    ctx.audit.record(id, `认定廉洁监督反映 ${report.number}：${INTEGRITY_OUTCOME_LABELS[outcome]}${steward ? `（${steward.name}）` : ''}`);
    return readReport(ctx, report);
  },
});

const integrityReply = defineAction({
  name: 'integrity.reply',
  roles: DISTRICT,
  input: integrityReplyInput,
  writes: 'integrity_reports',
  summary: '答复反映人（反映人在小程序内看到答复并收到消息）',
  async handler({ id, reply }, ctx): Promise<IntegrityReportDetail> {
    const report = await step(ctx, id, 'reply', () => ({ reply, repliedAt: ctx.now() }));
    ctx.audit.record(id, `答复廉洁监督反映 ${report.number}`);
    await tellReporter(ctx.db, ctx.messages, report, 'replied', ctx.now());
    return readReport(ctx, report);
  },
});

const integrityReads = defineAction({
  name: 'integrity.reads',
  roles: DISTRICT,
  input: integrityReadsInput,
  writes: false,
  summary: '一条反映的查阅记录：谁在何时查阅',
  async handler(input, { db }): Promise<PageResult<IntegrityReadView>> {
    return fetchPage(integrityReadRepo.find(db, { reportId: input.id }).orderBy('at', 'desc'), input, (r) => ({ at: r.at.toISOString(), readerName: r.readerName, reportNumber: r.reportNumber }));
  },
});

export const integrityDeskActions = [integrityList, integrityGet, integrityAcknowledge, integrityNote, integrityConclude, integrityReply, integrityReads];
