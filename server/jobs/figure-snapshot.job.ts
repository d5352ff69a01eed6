import { sumStocks } from '../../src/core/figures/counters';
import { stockRows, type StockRow } from '../../src/core/figures/rollup';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { figureJobRepo, type SnapshotJobDoc } from '../db/figure-job.repo';
import { figureSnapshotRepo } from '../db/figure-snapshot.repo';
import { unitRepo } from '../db/unit.repo';
import { unitStock } from '../figures/unit-stock';

/**
 * The day's stock snapshot (coverage, open and overdue demands, open promises, …), taken by the
 * morning timer unit by unit. A unit's own rows (the unit, its stewards) are written as soon as
 * it is done; its share of the district, department and category rows is kept as a part and
 * the parts are summed when every unit is done. Every write replaces what it writes, so a run
 * that stopped (out of time, or the function died) is resumed from the saved unit by the next
 * timer and a timer that fires twice changes nothing.
 */
const BUDGET_MS = 40_000;

const partId = (day: string, unitId: string) => `snapshot-part|${day}|${unitId}`;

/** Rows for a slice without an id (an enterprise nobody serves yet has steward '') are left out. */
const named = (rows: StockRow[]) => rows.filter((r) => r.value !== '');

const sumParts = (rows: readonly StockRow[]): StockRow[] => {
  const byId = new Map<string, StockRow[]>();
  for (const row of rows) byId.set(row._id, [...(byId.get(row._id) ?? []), row]);
  return [...byId.values()].map((same) => ({ ...same[0], stock: Object.fromEntries(Object.entries(sumStocks(same.map((r) => r.stock))).filter(([, v]) => v !== 0)) }));
};

/** Take (or go on taking) today's snapshot; answers how many units were done in this run. */
export const takeSnapshot = async (db: Database, now: Date, timeUp: () => boolean = () => false): Promise<number> => {
  const started = Date.now();
  const day = shanghaiDate(now);
  let job = await figureJobRepo.snapshot(db);
  if (!job || job.day !== day) {
    const units = (await unitRepo.all(db)).map((u) => u._id).sort();
    job = { _id: 'snapshot', kind: 'snapshot', day, units, nextUnit: 0, done: false, startedAt: now } satisfies SnapshotJobDoc;
    await figureJobRepo.put(db, job);
  }
  if (job.done) return 0;
  const calendar = await calendarOverrideRepo.load(db);
  let done = 0;
  for (; job.nextUnit < job.units.length && Date.now() - started < BUDGET_MS && !timeUp(); job.nextUnit++, done++) {
    const unitId = job.units[job.nextUnit];
    const rows = named(stockRows(day, await unitStock(db, unitId, now, calendar)));
    await figureSnapshotRepo.put(db, rows.filter((r) => r.dimension === 'unit' || r.dimension === 'steward'), now);
    await figureJobRepo.put(db, { _id: partId(day, unitId), kind: 'snapshot-part', day, unitId, rows: rows.filter((r) => r.dimension !== 'unit' && r.dimension !== 'steward') });
    await figureJobRepo.patch(db, 'snapshot', { nextUnit: job.nextUnit + 1 });
  }
  if (job.nextUnit < job.units.length) return done;
  const parts = await figureJobRepo.parts(db, day);
  await figureSnapshotRepo.put(db, sumParts(parts.flatMap((p) => p.rows)), now);
  await figureJobRepo.patch(db, 'snapshot', { done: true, finishedAt: now });
  await figureJobRepo.removeWhere(db, { kind: 'snapshot-part', day });
  return done;
};

/** The hourly timer finishes a snapshot the morning run left unfinished (it does nothing once today's is done). */
export const continueSnapshot = async (db: Database, now: Date, timeUp: () => boolean = () => false): Promise<number> => {
  const job = await figureJobRepo.snapshot(db);
  return job && !job.done && job.day === shanghaiDate(now) ? takeSnapshot(db, now, timeUp) : 0;
};
