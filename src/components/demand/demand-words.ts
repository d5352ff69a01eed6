import type { DemandDetail } from '@/core/demand/demand.model';
import { formatDate } from '@/utils/format-time';
import { monthDay } from '@/utils/handover-deadline';

/** Plain words for the parts of a demand the detail page and the lists show. */

export const COMPLEXITY_LABELS: Record<'simple' | 'complex', string> = {
  simple: '简单件（5个工作日）',
  complex: '复杂件（15个工作日）',
};

/** `管家审核 · 11月30日前`; the overdue flag is shown beside it, in red. */
export const dueText = (due: NonNullable<DemandDetail['due']>) => `${due.label} · ${monthDay(due.dueAt)}前`;

export const extensionText = (e: DemandDetail['extensions'][number]) => `延期至${monthDay(e.newDueAt)}，理由：${e.reason}`;

export const ratingText = (r: DemandDetail['ratings'][number]) => `${r.resolved} · ${r.satisfaction}`;

export const CLOSE_REASON_LABELS: Record<NonNullable<DemandDetail['closeReason']>, string> = {
  rated: '企业评价后关闭',
  auto: '办结后企业未评价，到期自动关闭',
  withdrawn: '企业已撤回',
  unresolved: '整改后仍不满意，经区科经委裁定以“未解决”关闭',
};

/** `1.2 MB`, `320 KB`. */
export function formatSize(bytes: number | undefined): string {
  if (!bytes && bytes !== 0) return '';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** YYYY-MM-DD of a deadline, for comparing with a picked date. */
export const dueDate = (iso: string) => formatDate(iso);
