import type { HandoverTaskView } from '@/core/org/org.model';
import { formatDate } from './format-time';

const DAY_MS = 86_400_000;

/** Days between two Shanghai calendar dates (YYYY-MM-DD), b − a. */
const dateDiff = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** `5月27日` in Shanghai time. */
export function monthDay(iso: string): string {
  const date = formatDate(iso);
  if (!date) return '';
  const [, month, day] = date.split('-');
  return `${Number(month)}月${Number(day)}日`;
}

/** `5月27日前联系`: the handover deadline as the new steward reads it. */
export const deadlineLabel = (task: Pick<HandoverTaskView, 'dueAt'>) => `${monthDay(task.dueAt)}前联系`;

/** Calendar days from today (Shanghai) to the deadline's day; negative once it has passed. */
const daysLeft = (dueAt: string, now: Date = new Date()) => dateDiff(formatDate(now.toISOString()), formatDate(dueAt));

/** `还剩 2 天`, `今天截止`, `已逾期 1 天`, or `已完成`. */
export function timeLeftLabel(task: Pick<HandoverTaskView, 'dueAt' | 'state'>, now: Date = new Date()): string {
  if (task.state === 'done') return '已完成';
  const left = daysLeft(task.dueAt, now);
  if (task.state === 'overdue' || left < 0) return `已逾期 ${Math.max(1, -left)} 天`;
  return left === 0 ? '今天截止' : `还剩 ${left} 天`;
}

/** Overdue first, then nearest deadline first. */
export function sortPendingTasks(tasks: HandoverTaskView[]): HandoverTaskView[] {
  const rank = (t: HandoverTaskView) => (t.state === 'overdue' ? 0 : t.state === 'open' ? 1 : 2);
  return [...tasks].sort((a, b) => rank(a) - rank(b) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
