import { periodContaining } from '../../src/core/figures/periods';
import { inShanghai, shanghaiDate } from '../../src/core/time/shanghai';
import { jobCursorRepo } from '../db/job-cursor.repo';
import { unitRepo } from '../db/unit.repo';
import { keepStewardRanking } from '../figures/kept-rankings';
import type { JobResult, JobRun } from './job-run';

export const STEWARD_RANKINGS_CURSOR = 'keepStewardRankings';
/** Units per batch; the place is saved after each. */
const UNITS_PER_BATCH = 4;
/**
 * The month only: the figures page opens on it. A quarter's or a year's ranking reads every
 * steward's counters of those months (over 1,000 rows a query at ten times Pudong's size, more
 * than a timer may read at once): computed when opened, and kept for the next two hours.
 */
const KEPT_PERIODS = ['month'] as const;

/**
 * Hourly: every unit's steward ranking of the current month computed again and
 * kept (kept-rankings.ts), so figures.ranking reads them instead of every steward's counters. Units
 * in batches by id, the place saved after each: a run cut short by its budget is continued by the
 * next one, and a pass finished this hour is not started again within it (the cursor's stage
 * names the hour). Answers the rankings whose rows changed.
 */
export const keepStewardRankings = async (run: JobRun): Promise<JobResult> => {
  const { db, now } = run;
  const hour = inShanghai(now).format('YYYY-MM-DD HH');
  const cursor = await jobCursorRepo.read(db, STEWARD_RANKINGS_CURSOR);
  if (cursor?.stage === `done ${hour}`) return { changed: 0, done: true };
  const periods = KEPT_PERIODS.map((kind) => periodContaining(kind, shanghaiDate(now)));
  const resuming = cursor?.stage === 'walking';
  const units = (await unitRepo.all(db)).filter((u) => !resuming || u._id > cursor.after);
  let changed = 0;
  for (let i = 0; i < units.length; i += UNITS_PER_BATCH) {
    const batch = units.slice(i, i + UNITS_PER_BATCH);
    for (const unit of batch) {
      for (const period of periods) {
        const kept = await keepStewardRanking(db, { id: unit._id, name: unit.name }, period, now);
        if (kept.version === kept.countedFrom) changed++;
      }
    }
    const last = i + UNITS_PER_BATCH >= units.length;
    await jobCursorRepo.save(db, STEWARD_RANKINGS_CURSOR, last ? `done ${hour}` : 'walking', last ? '' : batch.at(-1)!._id, new Date());
    if (!last && run.timeUp()) return { changed, done: false };
  }
  if (!units.length) await jobCursorRepo.save(db, STEWARD_RANKINGS_CURSOR, `done ${hour}`, '', new Date());
  return { changed, done: true };
};
