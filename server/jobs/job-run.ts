import type { Database } from '../runtime/cloud-types';
import type { SubscribeMessageSender } from '../notify/notifier';

/**
 * One timer run as a job sees it. A run has a time budget well inside the cron function's 60 s
 * (CloudBase stops it there): jobs work in batches of at most 1,000 rows read by index, and stop
 * between batches once the budget is spent. What is left stays due — in the job's queue (an
 * indexed field such as a demand's superviseAt) or after its saved cursor (job_cursors) — so the
 * next run continues where this one stopped, and a run cut short anywhere loses nothing.
 */
export interface JobRun {
  db: Database;
  now: Date;
  messages: SubscribeMessageSender;
  /** True once the run's budget is spent: finish the batch at hand, save the place, and stop. */
  timeUp(): boolean;
  /** When the budget ends (ms since the epoch), for jobs that take a deadline rather than ask. */
  deadline?: number;
}

export interface JobResult {
  changed: number;
  /** False when the run stopped with work left (the next run continues). */
  done: boolean;
}

/**
 * Work through a queue that shrinks as it is worked (each handled row leaves it), a batch at a
 * time: at least one batch per run, then as many as the budget allows. A batch whose rows were all
 * seen before in this run (they failed to leave the queue) ends the run rather than looping.
 */
export const drainQueue = async <T extends { _id: string }>(
  run: JobRun,
  nextBatch: () => Promise<T[]>,
  handle: (row: T) => Promise<boolean>,
): Promise<JobResult> => {
  const seen = new Set<string>();
  let changed = 0;
  for (;;) {
    const batch = await nextBatch();
    if (!batch.length) return { changed, done: true };
    const fresh = batch.filter((row) => !seen.has(row._id));
    if (!fresh.length) return { changed, done: false };
    for (const row of fresh) {
      seen.add(row._id);
      if (await handle(row)) changed++;
    }
    if (run.timeUp()) return { changed, done: false };
  }
};
