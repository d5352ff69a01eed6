import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { writeDemand } from '../db/demand-writes';
import { repository } from '../db/repository';
import { updateTracked } from '../db/tracked-writes';

/**
 * A deadline passing changes the figures with no write: a call-back still due when its day ends
 * is late from then on, dated that day. Each record whose facts change with time carries the
 * instant they next change (`factsRefreshAt`); every hour the records past it are evaluated again
 * through their tracked write, which moves the late counter into the rollups and sets the next
 * instant. Conditional like every tracked write: a record a person changed meanwhile was
 * re-evaluated by that write.
 */
const PAGE = 200;
/** Leaves the rest of the hour's run (and the function's 60 s) to the other jobs; the next hour continues. */
const BUDGET_MS = 20_000;

const TIMED = ['demands', 'research_visits', 'handover_tasks'] as const;

export const refreshFigures = async (db: Database, now: Date, timeUp: () => boolean = () => false): Promise<number> => {
  const started = Date.now();
  const calendar = await calendarOverrideRepo.load(db);
  let refreshed = 0;
  for (const name of TIMED) {
    // A refreshed record moves its instant past now (or drops it), so the same query reads the next ones.
    for (let progress = true; progress && Date.now() - started < BUDGET_MS && !timeUp(); ) {
      const { data } = await repository(name).find(db, { factsRefreshAt: db.command.lte(now) }).orderBy('factsRefreshAt', 'asc').limit(PAGE).get();
      progress = false;
      for (const doc of data) {
        const written = name === 'demands' ? await writeDemand(db, doc as never, { patch: {} }, now, calendar) : await updateTracked(db, name, doc as never, { patch: {} }, now);
        if (written) refreshed++;
        progress ||= !!written;
      }
      if (data.length < PAGE) break;
    }
  }
  return refreshed;
};
