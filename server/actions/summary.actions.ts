import { summaryWriteInput, summaryYearInput } from '../../src/core/contracts/summary.contracts';
import { submitProblems } from '../../src/core/contracts/summary.fields';
import { AppError, invalid } from '../../src/core/errors';
import { canTakeSummaryStep, SUMMARY_STEPS, type SummaryStep } from '../../src/core/summary/summary.machine';
import type { Sections, SummaryDetail } from '../../src/core/summary/summary.model';
import { isLate } from '../../src/core/summary/summary.deadline';
import { summaryRepo, type SummaryDoc } from '../db/summary.repo';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { tellSubmitted } from '../summary/summary-notices';
import { headlineOf, prefillOf } from '../summary/summary-reference';
import { assertVersion, conflict, deadlineOf, ownSubject, today, type OwnSubject } from '../summary/summary-subject';
import { isFrozen, toDetail } from './summary.view';

const WRITERS = ['steward', 'unit_admin'] as const;

/** The caller's own summary as it stands: saved text and, unless frozen, the data as it is now. */
export const ownDetail = async (ctx: ActionContext, subject: OwnSubject, doc: SummaryDoc | null): Promise<SummaryDetail> => {
  const deadline = await deadlineOf(ctx, subject.year);
  if (doc && isFrozen(doc.status) && doc.reference) return toDetail(doc, doc.reference, 'writer', deadline);
  // A page shows the annex's first stewards; the submission keeps it whole.
  const prefill = await prefillOf(ctx.db, subject, ctx.now(), today(ctx), 'preview');
  const shape = doc ?? { ...subject, status: 'draft' as const, version: 0, sections: prefill.sections };
  return toDetail(shape, prefill.reference, 'writer', deadline);
};

const summaryMine = defineAction({
  name: 'summary.mine',
  roles: WRITERS,
  input: summaryYearInput,
  writes: false,
  summary: '本人（管家）或本单位（单位管理员）的年度总结：未开始的按平台数据预填',
  async handler({ year }, ctx): Promise<SummaryDetail> {
    const subject = await ownSubject(ctx, year);
    return ownDetail(ctx, subject, await summaryRepo.get(ctx.db, subject._id));
  },
});

/**
 * Save or submit the caller's own summary. Version 0 creates it (one per subject and year: a
 * second first save is a conflict); otherwise the write lands only on the version read.
 */
const write = async (ctx: ActionContext, input: { year: number; version: number; sections: Sections }, step: Extract<SummaryStep, 'save' | 'submit'>): Promise<SummaryDetail> => {
  const subject = await ownSubject(ctx, input.year);
  const at = ctx.now();
  const existing = await summaryRepo.get(ctx.db, subject._id);
  if (existing) assertVersion(existing, input.version);
  else if (input.version !== 0) throw conflict();
  const status = existing?.status ?? 'draft';
  if (!canTakeSummaryStep(step, 'writer', status)) throw new AppError('INVALID_STATE', `总结${status === 'accepted' ? '已通过' : '已提交待审核'}，不能再${SUMMARY_STEPS[step].label}`);
  if (step === 'submit') {
    const problems = submitProblems(input.sections);
    if (Object.keys(problems).length) throw invalid(Object.values(problems)[0]!, Object.fromEntries(Object.entries(problems).map(([k, m]) => [`sections.${k}`, m!])));
  }
  const frozen = step === 'submit' ? (await prefillOf(ctx.db, subject, at, today(ctx))).reference : null;
  const submitted = frozen
    ? { status: 'submitted' as const, submittedAt: at, late: isLate(await deadlineOf(ctx, input.year), at), reference: frozen, ...(subject.kind === 'steward' ? { headline: headlineOf(frozen) } : {}) }
    : {};
  if (!existing) {
    const doc: SummaryDoc = {
      ...subject, ...(subject.kind === 'steward' ? { stewardId: subject.subjectId } : {}), status: 'draft', version: 1, sections: input.sections, returns: [],
      createdBy: ctx.user._id, createdAt: at, updatedBy: ctx.user._id, updatedAt: at, ...submitted,
    };
    if (!(await summaryRepo.create(ctx.db, doc))) throw conflict();
  } else if (!(await summaryRepo.updateAt(ctx.db, existing._id, input.version, { sections: input.sections, updatedBy: ctx.user._id, updatedAt: at, ...submitted }))) {
    throw conflict();
  }
  const saved = (await summaryRepo.get(ctx.db, subject._id))!;
  ctx.audit.record(saved._id, `${step === 'submit' ? '提交' : '保存'}${saved.subjectName} ${saved.year} 年度总结${step === 'submit' && saved.late ? '（逾期提交）' : ''}`);
  if (step === 'submit') await tellSubmitted(ctx.db, ctx.messages, saved, at);
  return ownDetail(ctx, subject, saved);
};

const summarySave = defineAction({
  name: 'summary.save',
  roles: WRITERS,
  input: summaryWriteInput,
  writes: 'summaries',
  summary: '保存年度总结草稿（可多次保存；退回后修改）',
  handler: (input, ctx) => write(ctx, input, 'save'),
});

const summarySubmit = defineAction({
  name: 'summary.submit',
  roles: WRITERS,
  input: summaryWriteInput,
  writes: 'summaries',
  summary: '提交年度总结：管家提交单位审核，单位提交区科经委审核；提交时数据表定格',
  handler: (input, ctx) => write(ctx, input, 'submit'),
});

export const summaryActions = [summaryMine, summarySave, summarySubmit];
