import { collection } from '../../server/db/collection';
import { UndefinedQueryValueError } from '../../server/db/query-guard';
import { asDatabase } from '../../server/runtime/cloud-types';
import { openTestCloud, type TestCloud } from '../support/test-cloud';

/** The SDK drops undefined values from a query, widening it; the repositories' collections refuse instead. */
describe('queries with an undefined value are refused, not widened', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());
  const run = <T>(fn: (db: ReturnType<typeof asDatabase>) => Promise<T>) => t.cloud.run(() => fn(asDatabase(t.cloud.database())));

  it('shows the danger: the raw SDK drops the undefined field and answers more than was asked', async () => {
    const liaisons = await run(async (db) => (await db.collection('users').where({ role: 'liaison', stewardId: undefined }).limit(1000).get()).data);
    expect(liaisons.length).toBeGreaterThan(1);
  });

  it('refuses undefined in plain fields, nested objects, command operands and logic commands', async () => {
    const refused = async (filter: (db: ReturnType<typeof asDatabase>) => object) =>
      run(async (db) => collection(db, 'users').where(filter(db)).limit(10).get()).then(() => 'ran', (e: unknown) => (e instanceof UndefinedQueryValueError ? e.path : String(e)));
    expect(await refused(() => ({ stewardId: undefined }))).toBe('filter.stewardId');
    expect(await refused(() => ({ preferences: { note: undefined } }))).toBe('filter.preferences.note');
    expect(await refused((db) => ({ _id: db.command.in(['u-steward-01', undefined]) }))).toBe('filter._id.in[1]');
    expect(await refused((db) => db.command.or([{ role: 'steward' }, { unitId: undefined }]))).toBe('filter.or[1].unitId');
    expect(await refused((db) => ({ role: 'steward', createdAt: db.command.gt(undefined) }))).toBe('filter.createdAt.gt[0]');
  });

  it('guards chained queries, aggregations and doc ids too, and lets complete queries through', async () => {
    await expect(run(async (db) => collection(db, 'users').where({ role: 'steward' }).orderBy('name', 'asc').where({ unitId: undefined }).get())).rejects.toThrow(UndefinedQueryValueError);
    await expect(run(async (db) => (collection(db, 'demands').aggregate() as { match(q: object): unknown }).match({ stewardId: undefined }))).rejects.toThrow(UndefinedQueryValueError);
    await expect(run(async (db) => collection(db, 'users').doc(undefined as unknown as string).get())).rejects.toThrow(UndefinedQueryValueError);
    const stewards = await run(async (db) => (await collection(db, 'users').where({ role: 'steward', unitId: db.command.in(['unit-z01']) }).limit(100).get()).data);
    expect(stewards.length).toBeGreaterThan(0);
    expect(stewards.every((u) => u.role === 'steward' && u.unitId === 'unit-z01')).toBe(true);
  });
});
