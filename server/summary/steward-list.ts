import type { PageResult } from '../../src/core/demand/demand.model';
import { SUMMARY_STATUSES, type SummaryRow, type SummaryState, type SummaryStatus } from '../../src/core/summary/summary.model';
import { fetchPage, walkPage, type PageRequest } from '../db/paging';
import { summaryRepo } from '../db/summary.repo';
import { userRepo } from '../db/user.repo';
import type { Database } from '../runtime/cloud-types';
import { toRow } from '../actions/summary.view';

/**
 * A unit's stewards and their summaries of a year, as its reviewer lists them: a row for each
 * active steward of the unit and for each summary written in the unit (its steward may have been
 * disabled since). Counted from the indexes and paged in the database, so the list costs the same
 * for a unit of 30 stewards as for one of 300.
 */

/**
 * Rows per state. Written ones are the unit's summaries per status; not started, the active
 * stewards less those of them with a summary, that is less every summary but a disabled
 * steward's (the unit's disabled stewards are read for it: those who left, not the unit's size).
 * A steward who left the unit's stewards otherwise (moved to another unit, or made its 总管家) after
 * starting leaves their summary with this unit, its reviewer: that summary is then subtracted from
 * the not started too (the chip shows one fewer than its rows); knowing whose it is would take a
 * read of every summary.
 */
export const stewardCounts = async (db: Database, year: number, unitId: string): Promise<Record<SummaryState, number>> => {
  const [byStatus, active, disabled] = await Promise.all([
    summaryRepo.stewardCountsOf(db, year, unitId),
    userRepo.count(db, { role: 'steward', status: 'active', unitId }),
    userRepo.all(db, { role: 'steward', status: 'disabled', unitId }, { status: true }),
  ]);
  const ofDisabled = disabled.length ? (await summaryRepo.stewardsWithSummary(db, year, unitId, disabled.map((u) => u._id))).size : 0;
  const written = Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, byStatus[s] ?? 0])) as Record<SummaryStatus, number>;
  const total = SUMMARY_STATUSES.reduce((n, s) => n + written[s], 0);
  return { ...written, not_started: Math.max(0, active - (total - ofDisabled)) };
};

/** A page of the rows in one state. */
export const stewardRows = (db: Database, year: number, unitId: string, state: SummaryState, request: PageRequest): Promise<PageResult<SummaryRow>> =>
  state === 'not_started' ? notStarted(db, year, unitId, request) : written(db, year, unitId, state, request);

/** Summaries from the state's index range; the stewards' names as they are now, read for the page only. */
const written = async (db: Database, year: number, unitId: string, status: SummaryStatus, request: PageRequest): Promise<PageResult<SummaryRow>> => {
  const page = await fetchPage(summaryRepo.stewardsIn(db, year, unitId, status), request, (doc) => doc);
  const names = await userRepo.namesOf(db, page.items.map((d) => d.subjectId));
  return { ...page, items: page.items.map((d) => toRow(d.subjectId, names.get(d.subjectId) ?? d.subjectName, d)) };
};

/**
 * The unit's active stewards by name, kept when they have no summary here: whether they have is
 * known only per steward, so the stewards are read in growing runs, each run's summaries looked up
 * by id, until the page is full.
 */
const notStarted = (db: Database, year: number, unitId: string, request: PageRequest): Promise<PageResult<SummaryRow>> =>
  walkPage(
    async (offset, limit) => {
      const stewards = await userRepo.activeStewardsByName(db, unitId, offset, limit);
      const started = stewards.length ? await summaryRepo.stewardsWithSummary(db, year, unitId, stewards.map((s) => s._id)) : new Set<string>();
      return stewards.map((s) => ({ ...s, started: started.has(s._id) }));
    },
    (s) => (s.started ? null : toRow(s._id, s.name)),
    request,
  );
