import { DEMO, dataOf, type TestCloud } from './test-cloud';

/** Every document of a collection, in pages of 1000 (assertions only). */
export const allDocs = <T = any>(t: TestCloud, collection: string): Promise<T[]> =>
  t.cloud.run(async () => {
    const rows: T[] = [];
    for (let skip = 0; ; skip += 1000) {
      const { data } = await t.cloud.database().collection<T>(collection).orderBy('_id', 'asc').skip(skip).limit(1000).get();
      rows.push(...data);
      if (data.length < 1000) return rows;
    }
  });

/** The rollup rows as id → counters, zero counters and empty rows left out: two sets of rows compare equal when they count the same. */
export const rollupCounters = async (t: TestCloud): Promise<Record<string, Record<string, number>>> => {
  const out: Record<string, Record<string, number>> = {};
  for (const row of await allDocs<{ _id: string; flow: Record<string, number> }>(t, 'figure_rollups')) {
    const counters = Object.fromEntries(Object.entries(row.flow).filter(([, v]) => v !== 0));
    if (Object.keys(counters).length) out[row._id] = counters;
  }
  return out;
};

/** One row's counters (empty when the row does not exist). */
export const rowOf = async (t: TestCloud, id: string): Promise<Record<string, number>> => (await t.read<{ flow: Record<string, number> }>('figure_rollups', { _id: id }))[0]?.flow ?? {};

/** What changed between two readings of a row: counter → difference, unchanged counters left out. */
export const delta = (after: Record<string, number>, before: Record<string, number>): Record<string, number> =>
  Object.fromEntries([...new Set([...Object.keys(after), ...Object.keys(before)])].map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]).filter(([, v]) => v !== 0));

/**
 * Rebuild the figures of the months from `from` from the records (figures.repair, worked on by the
 * hourly timer fired at `at`) and answer how many rows it had to correct: none means the writes
 * kept the rollups equal to the records.
 */
export const rowsCorrectedByRepair = async (t: TestCloud, from: string, at: Date): Promise<number> => {
  const district = t.as(DEMO.district);
  dataOf(await district.call('figures.repair', { from }));
  for (let run = 0; run < 10 && dataOf(await district.call('figures.repairStatus'))?.status !== 'done'; run++) await t.cloud.fireTimer('cron', 'hourly', at);
  const status = dataOf(await district.call('figures.repairStatus'));
  if (status?.status !== 'done') throw new Error(`figures repair not done after 10 hourly runs: ${JSON.stringify(status)}`);
  return status.correctedRows;
};
