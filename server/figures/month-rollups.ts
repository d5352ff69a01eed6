import type { FlowCounterKey } from '../../src/core/figures/counters';
import type { Contribution } from '../../src/core/figures/contributions';
import { periodContaining } from '../../src/core/figures/periods';
import { rollupIncrements, type RollupIncrement } from '../../src/core/figures/rollup';
import { addCalendarDays } from '../../src/core/time/shanghai';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { figureRollupRepo } from '../db/figure-rollup.repo';
import { repository } from '../db/repository';
import { FIGURE_SOURCES, SOURCE_NAMES, type SourceDoc, type SourceName } from './figure-sources';

/**
 * One month's rollup rows (its day rows and its month row per slice) computed from the records,
 * exactly as the writes keep them: each stamped record's contributions at its `factsAt`. The
 * repair job compares them with the stored rows and corrects the difference.
 */
const PAGE = 500;

/** A record's days: its one day, or the range it counts over. The records of a month are those touching it. */
const monthFilter = (db: Database, name: SourceName, first: string, last: string, day?: string) => {
  const _ = db.command;
  return FIGURE_SOURCES[name].span === 'day' ? { factsTo: day! } : { factsFrom: _.lte(last), factsTo: _.gte(first) };
};

/** Every stamped record of a source touching the month, page by page on _id (≤ PAGE rows a query). */
async function* recordsOfMonth<N extends SourceName>(db: Database, name: N, first: string, last: string): AsyncGenerator<SourceDoc<N>> {
  const days = FIGURE_SOURCES[name].span === 'day' ? Array.from({ length: Number(last.slice(8)) }, (_, i) => addCalendarDays(first, i)) : [undefined];
  for (const day of days) {
    for (let after = ''; ; ) {
      const filter = { ...monthFilter(db, name, first, last, day), _id: db.command.gt(after) };
      const query = repository(name).find(db, filter).orderBy('_id', 'asc').limit(PAGE);
      const { reads } = FIGURE_SOURCES[name];
      const { data } = await (reads ? query.field({ ...reads, _id: true }) : query).get();
      for (const doc of data) yield doc as SourceDoc<N>;
      if (data.length < PAGE) break;
      after = data[data.length - 1]._id;
    }
  }
}

const addInto = (rows: Map<string, RollupIncrement>, increments: readonly RollupIncrement[]) => {
  for (const row of increments) {
    const seen = rows.get(row._id);
    if (!seen) rows.set(row._id, { ...row, inc: { ...row.inc } });
    else for (const [k, v] of Object.entries(row.inc) as Array<[FlowCounterKey, number]>) seen.inc[k] = (seen.inc[k] ?? 0) + v;
  }
};

/** The month's rows as the records say they should be, by id. */
export const expectedMonthRows = async (db: Database, month: string, calendar: CalendarOverrides): Promise<Map<string, RollupIncrement>> => {
  const { from: first, to: last } = periodContaining('month', `${month}-01`);
  const inMonth = (c: Contribution) => c.day >= first && c.day <= last;
  const rows = new Map<string, RollupIncrement>();
  for (const name of SOURCE_NAMES) {
    for await (const doc of recordsOfMonth(db, name, first, last)) {
      if (!doc.factsAt) continue;
      const { contributions } = FIGURE_SOURCES[name].evaluate(doc as never, new Date(doc.factsAt), calendar);
      addInto(rows, rollupIncrements(null, contributions.filter(inMonth)));
    }
  }
  return rows;
};

/** The month's stored rows (its day rows and its month rows), walked on the primary key. */
export const storedMonthRows = async (db: Database, month: string): Promise<Map<string, RollupIncrement>> => {
  const rows = new Map<string, RollupIncrement>();
  for (const prefix of [`day|${month}-`, `month|${month}|`]) {
    for (let after: string | null = null; ; ) {
      const page = await figureRollupRepo.pageByPrefix(db, prefix, after, 1000);
      for (const { flow, updatedAt: _updated, ...key } of page) rows.set(key._id, { ...key, inc: flow });
      if (page.length < 1000) break;
      after = page[page.length - 1]._id;
    }
  }
  return rows;
};

/** The increments that turn the stored rows into the expected ones (rows already right are left out). */
export const corrections = (expected: ReadonlyMap<string, RollupIncrement>, stored: ReadonlyMap<string, RollupIncrement>): RollupIncrement[] => {
  const out: RollupIncrement[] = [];
  for (const id of new Set([...expected.keys(), ...stored.keys()])) {
    const want = expected.get(id);
    const have = stored.get(id);
    const keys = new Set([...Object.keys(want?.inc ?? {}), ...Object.keys(have?.inc ?? {})]) as Set<FlowCounterKey>;
    const inc = Object.fromEntries([...keys].map((k) => [k, (want?.inc[k] ?? 0) - (have?.inc[k] ?? 0)]).filter(([, v]) => v !== 0));
    if (Object.keys(inc).length) {
      const { _id, grain, period, dimension, value, unitId } = (want ?? have)!;
      out.push({ _id, grain, period, dimension, value, ...(unitId ? { unitId } : {}), inc });
    }
  }
  return out;
};
