/**
 * The fields of each key-information category as the report form draws them: the contract's
 * field rules (src/core/contracts/report.fields.ts) plus how each is shown.
 */
import type { ReportCategory } from '@/core/contracts/fieldwork.fields';
import { REPORT_FIELD_RULES, reportFieldProblem, type ReportFieldRule } from '@/core/contracts/report.fields';

export { REPORT_CATEGORIES, type ReportCategory } from '@/core/contracts/fieldwork.fields';

interface Base {
  key: string;
  label: string;
  placeholder?: string;
}
/** Text the server trims and checks: required with min/max, or optional with a max only. */
export interface TextField extends Base {
  kind: 'text' | 'textarea';
  /** The noun in the server's messages: 请填写{what}（至少 n 个字）, {what}不超过 n 个字. */
  what: string;
  min?: number;
  max: number;
}
export interface NumberField extends Base {
  kind: 'number';
  missing: string;
  max: number;
  negative?: string;
}
export interface ChoiceField extends Base {
  kind: 'choice';
  options: readonly string[];
  missing: string;
}
export interface DateField extends Base {
  kind: 'date';
  what: string;
}
export type ReportField = TextField | NumberField | ChoiceField | DateField;

const EXAMPLES: Record<string, string> = {
  period: '如：2026年三季度',
  significance: '如：打破国外垄断、进入头部客户供应链',
  place: '如：江苏省苏州市',
  province: '如：浙江省嘉兴市',
};

const formField = (rule: ReportFieldRule): ReportField => {
  switch (rule.kind) {
    case 'text':
      return { ...rule, kind: rule.max > 100 ? 'textarea' : 'text', what: rule.label, placeholder: EXAMPLES[rule.key] ?? (rule.min ? undefined : '选填') };
    case 'date':
      return { ...rule, what: rule.label };
    default:
      return rule;
  }
};

export const REPORT_FIELDS = Object.fromEntries(Object.entries(REPORT_FIELD_RULES).map(([category, rules]) => [category, rules.map(formField)])) as Record<ReportCategory, ReportField[]>;

export type ReportValues = Record<string, string>;
export type ReportErrors = Record<string, string>;

/** The device check, in the server's words. */
export function validateReport(category: ReportCategory, values: ReportValues): ReportErrors {
  const errors: ReportErrors = {};
  for (const rule of REPORT_FIELD_RULES[category]) {
    const problem = reportFieldProblem(rule, values[rule.key] ?? '');
    if (problem) errors[rule.key] = problem;
  }
  return errors;
}

/** What `report.create` takes as `fields`: trimmed text, numbers as numbers. */
export function reportPayload(category: ReportCategory, values: ReportValues): Record<string, unknown> {
  return Object.fromEntries(
    REPORT_FIELDS[category].map((field) => {
      const value = (values[field.key] ?? '').trim();
      return [field.key, field.kind === 'number' ? Number(value) : value];
    }),
  );
}
