import { shanghaiDate } from '../time/shanghai';

/**
 * One rule for every "on time" figure: a timed task is decided once, on the earlier of the day
 * it is done and the day its deadline passes. Done by the deadline → on time, dated the day it
 * was done; deadline passed first → late, dated the deadline's day, and doing it later changes
 * nothing. So a period's on-time rate counts exactly the tasks decided in it, each once, and a
 * published month never changes because of something done after it.
 */
export type TimedOutcome =
  | { outcome: 'onTime'; day: string }
  | { outcome: 'late'; day: string }
  | { outcome: 'pending' }
  | { outcome: 'cancelled' };

export type Instant = Date | string | number;
const ms = (d: Instant) => new Date(d).getTime();

export const decideOutcome = (task: { dueAt: Instant; doneAt?: Instant | null; cancelledAt?: Instant | null }, now: Instant): TimedOutcome => {
  const due = ms(task.dueAt);
  if (task.doneAt != null && ms(task.doneAt) <= due) return { outcome: 'onTime', day: shanghaiDate(task.doneAt) };
  const settled = Math.min(task.doneAt != null ? ms(task.doneAt) : Infinity, task.cancelledAt != null ? ms(task.cancelledAt) : Infinity, ms(now));
  if (due < settled) return { outcome: 'late', day: shanghaiDate(due) };
  return task.cancelledAt != null ? { outcome: 'cancelled' } : { outcome: 'pending' };
};

/** Counter increments for an outcome under a pair of counter names. */
export const outcomeCounters = <K extends string>(o: TimedOutcome, onTimeKey: K, lateKey: K): { day: string; counters: Partial<Record<K, number>> } | null =>
  o.outcome === 'onTime' ? { day: o.day, counters: { [onTimeKey]: 1 } as Partial<Record<K, number>> } : o.outcome === 'late' ? { day: o.day, counters: { [lateKey]: 1 } as Partial<Record<K, number>> } : null;
