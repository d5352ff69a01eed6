import type { AttachmentRef } from '@/core/contracts/demand-step.contracts';
import { DEMAND_TEXT } from '@/core/contracts/demand.fields';
import { textProblem } from '@/core/contracts/text-rule';
import { presentErrors } from './form-errors';
import { DEMAND_CATEGORIES, type DemandCategory, type Urgency } from '@/core/demand/demand.model';

export const TITLE_MAX = DEMAND_TEXT.title.max;
export const DESCRIPTION_MAX = DEMAND_TEXT.description.max;

export interface DemandDraft {
  category: DemandCategory | '';
  title: string;
  description: string;
  urgency: Urgency;
  clientRequestId: string;
  /** Files already uploaded; the demand only names them. */
  attachments: AttachmentRef[];
}

export type DraftField = 'category' | 'title' | 'description' | 'urgency' | 'attachments';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** The checks of `demand.submit` (and `demand.revise`) on the device, so a person sees them without a round trip. */
export function validateDemandDraft(draft: DemandDraft): DraftErrors {
  return presentErrors({
    category: DEMAND_CATEGORIES.includes(draft.category as DemandCategory) ? undefined : '请选择诉求类别',
    title: textProblem(draft.title, DEMAND_TEXT.title),
    description: textProblem(draft.description, DEMAND_TEXT.description),
  });
}
