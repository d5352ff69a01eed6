/**
 * The limits and wording of `research.record` (researchRecordInput, promiseInput), checked on the
 * device first. Kept here rather than imported so the pages do not ship zod.
 */
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
  topics: string;
  promises: PromiseDraft[];
}

export type ResearchField = 'enterpriseId' | 'date' | 'leaders' | 'accompanying' | 'topics';
export type ResearchErrors = Partial<Record<ResearchField, string>>;
/** Errors of each promise, by its key. */
export type PromiseErrors = Record<string, Partial<Record<'content' | 'owner' | 'dueDate', string>>>;

export const MAX_PROMISES = 20;

export const textError = (value: string, what: string, min: number, max: number) => {
  const length = value.trim().length;
  if (length < min) return `请填写${what}（至少 ${min} 个字）`;
  if (length > max) return `${what}不超过 ${max} 个字`;
  return undefined;
};

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function validateResearch(draft: ResearchDraft, today: string): { errors: ResearchErrors; promiseErrors: PromiseErrors } {
  const errors: ResearchErrors = {};
  if (!draft.enterpriseId) errors.enterpriseId = '请选择企业';
  if (!isDate(draft.date)) errors.date = '请选择调研日期';
  else if (draft.date > today) errors.date = '调研日期不能晚于今天';
  const leaders = textError(draft.leaders, '调研领导', 2, 200);
  if (leaders) errors.leaders = leaders;
  if (draft.accompanying.trim().length > 200) errors.accompanying = '陪同人员不超过 200 个字';
  const topics = textError(draft.topics, '调研内容', 4, 1000);
  if (topics) errors.topics = topics;
  const promiseErrors: PromiseErrors = {};
  for (const p of draft.promises) {
    const found = {
      content: textError(p.content, '承诺事项', 4, 300),
      owner: textError(p.owner, '责任单位或责任人', 2, 50),
      dueDate: isDate(p.dueDate) ? undefined : '请选择完成时限',
    };
    const present = Object.fromEntries(Object.entries(found).filter(([, v]) => v));
    if (Object.keys(present).length) promiseErrors[p.key] = present;
  }
  return { errors, promiseErrors };
}
