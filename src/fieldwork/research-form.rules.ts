import { PLAN_TOPICS, PROMISE_TEXT, RESEARCH_TEXT } from '@/core/contracts/fieldwork.fields';
import { textProblem } from '@/core/contracts/text-rule';
import { presentErrors } from '@/utils/form-errors';

export { MAX_PROMISES } from '@/core/contracts/fieldwork.fields';

export interface PromiseDraft {
  key: string;
  content: string;
  owner: string;
  dueDate: string;
}

export interface ResearchDraft {
  enterpriseId: string;
  date: string;
  leaders: string;
  accompanying: string;
  stewardAccompanies: boolean;
  topics: string;
  promises: PromiseDraft[];
  /** The planned visit this records, if any. */
  planId?: string;
}

/** A visit planned ahead: the plan's files are uploaded as they are picked. */
export type PlanDraft = Omit<ResearchDraft, 'promises' | 'planId'>;

export type ResearchField = 'enterpriseId' | 'date' | 'leaders' | 'accompanying' | 'topics';
export type ResearchErrors = Partial<Record<ResearchField, string>>;
/** Errors of each promise, by its key. */
export type PromiseErrors = Record<string, Partial<Record<'content' | 'owner' | 'dueDate', string>>>;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The checks of `research.plan` (researchPlanInput), on the device first: a plan is for today or later. */
export const validatePlan = (draft: PlanDraft, today: string): ResearchErrors =>
  presentErrors({
    enterpriseId: draft.enterpriseId ? undefined : '请选择企业',
    date: !isDate(draft.date) ? '请选择计划调研日期' : draft.date < today ? '计划日期不能早于今天' : undefined,
    leaders: textProblem(draft.leaders, RESEARCH_TEXT.leaders),
    accompanying: textProblem(draft.accompanying, RESEARCH_TEXT.accompanying),
    topics: textProblem(draft.topics, PLAN_TOPICS),
  });

/** The checks of `research.record` (researchRecordInput, promiseInput), on the device first. */
export function validateResearch(draft: ResearchDraft, today: string): { errors: ResearchErrors; promiseErrors: PromiseErrors } {
  const errors: ResearchErrors = presentErrors({
    enterpriseId: draft.enterpriseId ? undefined : '请选择企业',
    date: !isDate(draft.date) ? '请选择调研日期' : draft.date > today ? '调研日期不能晚于今天' : undefined,
    leaders: textProblem(draft.leaders, RESEARCH_TEXT.leaders),
    accompanying: textProblem(draft.accompanying, RESEARCH_TEXT.accompanying),
    topics: textProblem(draft.topics, RESEARCH_TEXT.topics),
  });
  const promiseErrors: PromiseErrors = {};
  for (const p of draft.promises) {
    const found = presentErrors({
      content: textProblem(p.content, PROMISE_TEXT.content),
      owner: textProblem(p.owner, PROMISE_TEXT.owner),
      dueDate: isDate(p.dueDate) ? undefined : '请选择完成时限',
    });
    if (Object.keys(found).length) promiseErrors[p.key] = found;
  }
  return { errors, promiseErrors };
}
