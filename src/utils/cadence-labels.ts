import type { CadenceState } from '@/core/contact/cadence';
import type { CadenceRow } from '@/core/fieldwork/fieldwork.model';
import { formatDate } from './format-time';

const CADENCE_STATE_LABELS: Record<CadenceState, string> = { overdue: '已逾期', due_soon: '即将到期', ok: '正常' };

/** `5月24日` for an ISO instant, in Shanghai time. */
const monthDay = (iso: string | undefined): string => {
  const date = formatDate(iso);
  return date ? `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日` : '';
};

/** The state tag: how late, or that it is due soon. */
export function cadenceTag(row: Pick<CadenceRow, 'state' | 'daysOverdue'>): string {
  if (row.state === 'overdue') return row.daysOverdue > 0 ? `逾期 ${row.daysOverdue} 天` : '已逾期';
  return CADENCE_STATE_LABELS[row.state];
}

const due = (what: string, iso: string, state: CadenceState) =>
  state === 'overdue' ? `${what}已逾期（${monthDay(iso)}到期）` : `${what}${monthDay(iso)}前`;

/** When the next contact and the next on-site visit are due, in plain words. */
export function cadenceDueLine(row: Pick<CadenceRow, 'contactDueAt' | 'contactState' | 'visitDueAt' | 'visitState'>): string {
  return `${due('联系', row.contactDueAt, row.contactState)} · ${due('走访', row.visitDueAt, row.visitState)}`;
}

export function lastContactLine(row: Pick<CadenceRow, 'lastContactAt' | 'lastVisitAt'>): string {
  return `上次联系 ${formatDate(row.lastContactAt) || '暂无'} · 上次走访 ${formatDate(row.lastVisitAt) || '暂无'}`;
}
