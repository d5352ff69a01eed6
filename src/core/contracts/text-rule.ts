/**
 * A text field's limits and wording, declared once: the zod contracts build their schemas from
 * it (server), and the form rules check a draft with it on the device. Plain data, so the app
 * gets the same verdict and the same Chinese message without shipping zod.
 */
export interface TextRule {
  /** The field's name in the messages: 请填写{label}, {label}不超过 n 个字. */
  label: string;
  /** 0 for an optional text. */
  min: number;
  max: number;
  /** Said when the field is empty or missing; otherwise the `short` wording covers it. */
  missing?: string;
  short?: string;
  long?: string;
}

export const textRule = (label: string, min: number, max: number, wording: Pick<TextRule, 'missing' | 'short' | 'long'> = {}): TextRule => ({
  label,
  min,
  max,
  ...wording,
});

export const missingMessage = (rule: TextRule) => rule.missing ?? `请填写${rule.label}`;
export const shortMessage = (rule: TextRule) => rule.short ?? `请填写${rule.label}（至少 ${rule.min} 个字）`;
export const longMessage = (rule: TextRule) => rule.long ?? `${rule.label}不超过 ${rule.max} 个字`;

/**
 * Characters that hide text or change how it reads without being seen: control characters
 * (other than tab and line breaks), zero-width characters and joiners, bidirectional marks,
 * embeddings, overrides and isolates, the byte-order mark, and the invisible tag and variation
 * characters used to smuggle text past a reader. Every text field refuses them.
 */
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u;

export const hasHiddenCharacters = (value: string): boolean => HIDDEN_CHARACTERS.test(value);
export const hiddenCharacterMessage = (label: string) => `${label}含有不可见的控制、零宽或方向字符，请删除后重新输入`;

/** What is wrong with a typed text (trimmed, as the server trims it), or undefined. */
export function textProblem(value: string, rule: TextRule): string | undefined {
  if (hasHiddenCharacters(value)) return hiddenCharacterMessage(rule.label);
  const length = value.trim().length;
  if (length === 0 && rule.min > 0 && rule.missing) return rule.missing;
  if (length < rule.min) return shortMessage(rule);
  if (length > rule.max) return longMessage(rule);
  return undefined;
}

/** A whole number of days within limits, e.g. a contact cadence. */
export interface DayRule {
  label: string;
  min: number;
  max: number;
}

export const dayMinMessage = (rule: DayRule) => `${rule.label}至少 ${rule.min} 天`;
export const dayMaxMessage = (rule: DayRule) => `${rule.label}不超过 ${rule.max} 天`;

/** What is wrong with a typed number of days, or undefined. */
export function daysProblem(typed: string, rule: DayRule): string | undefined {
  if (!/^\d+$/.test(typed.trim())) return `请填写${rule.label}天数（整数）`;
  const days = Number(typed);
  if (days < rule.min) return dayMinMessage(rule);
  if (days > rule.max) return dayMaxMessage(rule);
  return undefined;
}

