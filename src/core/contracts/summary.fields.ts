import { SECTION_KEYS, SECTION_LABELS, type SectionKey, type Sections } from '../summary/summary.model';
import { textRule, type TextRule } from './text-rule';

/** What the summary actions accept, as plain data the forms check too. */
export const SECTION_MAX = 3000;
/** A section must say at least this much before the summary can be submitted (a draft may be empty). */
export const SECTION_MIN_TO_SUBMIT = 10;

export const SECTION_TEXT: Record<SectionKey, TextRule> = Object.fromEntries(SECTION_KEYS.map((k) => [k, textRule(SECTION_LABELS[k], 0, SECTION_MAX)])) as Record<SectionKey, TextRule>;
export const RETURN_REASON_TEXT = textRule('退回理由', 5, 500);

/** Sections too short to submit, by section, in the writer's words. */
export const submitProblems = (sections: Sections): Partial<Record<SectionKey, string>> =>
  Object.fromEntries(
    SECTION_KEYS.filter((k) => sections[k].trim().length < SECTION_MIN_TO_SUBMIT).map((k) => [k, `请填写${SECTION_LABELS[k]}（至少 ${SECTION_MIN_TO_SUBMIT} 个字）`]),
  );
