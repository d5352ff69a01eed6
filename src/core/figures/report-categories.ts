import { REPORT_CATEGORIES, type ReportCategory } from '../contracts/fieldwork.fields';

/** Field-safe keys for the eight key-information report categories (guideline art. 5.5), in the same order. */
export const REPORT_CATEGORY_KEYS = ['performance', 'investment', 'research', 'majorEvent', 'relocation', 'policyBenefit', 'outsideVisit', 'industryTrend'] as const;
export type ReportCategoryKey = (typeof REPORT_CATEGORY_KEYS)[number];

export const reportCategoryKey = (category: ReportCategory | string): ReportCategoryKey | null => {
  const index = (REPORT_CATEGORIES as readonly string[]).indexOf(category);
  return index < 0 ? null : REPORT_CATEGORY_KEYS[index];
};

export const REPORT_CATEGORY_LABELS = Object.fromEntries(REPORT_CATEGORY_KEYS.map((key, i) => [key, REPORT_CATEGORIES[i]])) as Record<ReportCategoryKey, ReportCategory>;
