import { inShanghai, shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { writeDemand } from '../db/demand-writes';
import { figureJobRepo, type RepairJobDoc } from '../db/figure-job.repo';
import { figureRollupRepo } from '../db/figure-rollup.repo';
import { repository } from '../db/repository';
import { updateTracked } from '../db/tracked-writes';
import { SOURCE_NAMES } from '../figures/figure-sources';
import { corrections, expectedMonthRows, storedMonthRows } from '../figures/month-rollups';

/**
 * Rebuilds the rollups from the records, month by month (newest first), so that whatever made
 * them drift (a function that died between a record's write and its increments, a change to the
 * holiday calendar that moves deadlines) is put right. For each month the rows the records call
 * for are compared with the stored rows and only the difference is written, as increments: a
 * healthy month costs reads only, and a write landing meanwhile is not wiped out (at worst a
 * write racing the comparison is corrected by the next pass). A full repair first stamps records
 * that were never counted (data from before the figures existed), through their tracked write.
 *
 * The district requests a repair (`figures.repair`), a calendar change requests one, and the
 * hourly timer requests the current and previous month every night at 03:00; the hourly timer
 * works on a requested repair within a time budget and saves where it stands after every page
 * and every month, so the next run resumes there.
 */
const BUDGET_MS = 20_000;
const STAMP_PAGE = 200;
const NIGHTLY_HOUR = 3;

/** The months from `to` back to `from` (YYYY-MM), newest first. */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  for (let month = to; month >= from; month = inShanghai(`${month}-15T12:00:00+08:00`).subtract(1, 'month').format('YYYY-MM')) months.push(month);
  return months;
};

export interface RepairRequest {
  /** The first month (YYYY-MM) to rebuild; months up to the current one follow. */
  from: string;
  /** Stamp records never counted (and count them) before comparing. */
  full: boolean;
  reason: string;
  by: string;
}

/** Request a repair (replacing one not finished: the new one covers what it asks for). */
export const requestRepair = async (db: Database, request: RepairRequest, now: Date): Promise<RepairJobDoc> => {
  const job: RepairJobDoc = {
    _id: 'repair', kind: 'repair', status: 'requested', reason: request.reason, requestedAt: now, requestedBy: request.by,
    months: monthsBetween(request.from, shanghaiDate(now).slice(0, 7)), stamp: request.full ? { source: SOURCE_NAMES[0], after: '' } : null,
    checkedRows: 0, correctedRows: 0, stampedRecords: 0,
  };
  await figureJobRepo.put(db, job);
  return job;
};

/** Count the records never stamped, one page of one source at a time. */
const stampPage = async (db: Database, job: RepairJobDoc, now: Date): Promise<void> => {
  const { source, after } = job.stamp!;
  const { data } = await repository(source).find(db, { _id: db.command.gt(after) }).orderBy('_id', 'asc').limit(STAMP_PAGE).get();
  const calendar = await calendarOverrideRepo.load(db);
  for (const doc of data.filter((d) => !d.factsAt)) {
    const written = source === 'demands' ? await writeDemand(db, doc as never, { patch: {} }, now, calendar) : await updateTracked(db, source, doc as never, { patch: {} }, now);
    if (written) job.stampedRecords++;
  }
  const next = SOURCE_NAMES[SOURCE_NAMES.indexOf(source) + 1];
  job.stamp = data.length === STAMP_PAGE ? { source, after: data[data.length - 1]._id } : next ? { source: next, after: '' } : null;
};

/** Work on a requested repair; answers how many rows it corrected in this run. */
export const repairFigures = async (db: Database, now: Date, timeUp: () => boolean = () => false): Promise<number> => {
  const started = Date.now();
  const last = await figureJobRepo.repair(db);
  const nightly = inShanghai(now).hour() === NIGHTLY_HOUR && last?.status !== 'running' && !(last?.requestedBy === 'cron' && shanghaiDate(last.requestedAt) === shanghaiDate(now));
  if (nightly) await requestRepair(db, { from: inShanghai(now).subtract(1, 'month').format('YYYY-MM'), full: false, reason: '每日核对（本月和上月）', by: 'cron' }, now);
  const job = nightly ? await figureJobRepo.repair(db) : last;
  if (!job || job.status === 'done') return 0;
  if (job.status === 'requested') Object.assign(job, { status: 'running', startedAt: now });
  const before = job.correctedRows;
  const save = () => figureJobRepo.put(db, job);
  while (job.stamp && Date.now() - started < BUDGET_MS && !timeUp()) {
    await stampPage(db, job, now);
    await save();
  }
  const calendar = await calendarOverrideRepo.load(db);
  while (!job.stamp && job.months.length && Date.now() - started < BUDGET_MS && !timeUp()) {
    const month = job.months[0];
    const [expected, stored] = [await expectedMonthRows(db, month, calendar), await storedMonthRows(db, month)];
    const fixes = corrections(expected, stored);
    await figureRollupRepo.applyIncrements(db, fixes, now);
    Object.assign(job, { months: job.months.slice(1), checkedRows: job.checkedRows + new Set([...expected.keys(), ...stored.keys()]).size, correctedRows: job.correctedRows + fixes.length });
    await save();
  }
  if (!job.stamp && job.months.length === 0) {
    Object.assign(job, { status: 'done', finishedAt: now });
    await save();
  }
  return job.correctedRows - before;
};
