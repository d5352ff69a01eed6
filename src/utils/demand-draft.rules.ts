import { DEMAND_CATEGORIES, type DemandCategory, type Urgency } from '@/core/demand/demand.model';
import type { AttachmentRef } from '@/services/demand.service';

export const TITLE_MIN = 2;
export const TITLE_MAX = 50;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 1000;

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

/**
 * The limits and wording the server's `demand.submit` contract uses, checked on the device first
 * so a person sees them without a round trip (and without shipping the schema library).
 */
export function validateDemandDraft(draft: DemandDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!DEMAND_CATEGORIES.includes(draft.category as DemandCategory)) errors.category = '请选择诉求类别';
  const title = draft.title.trim().length;
  if (title === 0) errors.title = '请填写诉求标题';
  else if (title < TITLE_MIN) errors.title = `标题至少 ${TITLE_MIN} 个字`;
  else if (title > TITLE_MAX) errors.title = `标题不超过 ${TITLE_MAX} 个字`;
  const description = draft.description.trim().length;
  if (description === 0) errors.description = '请填写诉求描述';
  else if (description < DESCRIPTION_MIN) errors.description = `描述至少 ${DESCRIPTION_MIN} 个字，请写清楚需要解决的问题`;
  else if (description > DESCRIPTION_MAX) errors.description = `描述不超过 ${DESCRIPTION_MAX} 个字`;
  return errors;
}

export const hasErrors = (errors: DraftErrors) => Object.keys(errors).length > 0;
