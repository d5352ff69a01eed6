/**
 * A "contains" search read in natural order scans an index that leads with the searched field:
 * SQLite tests the LIKE on the indexed value instead of parsing every document (at ten times
 * Pudong, 30,000 enterprises' names), with the same documents in the same order.
 */
import { Store } from '../../../local-cloud/db/store';
import { useTwins } from './twin-harness';

const DOCS = () => Array.from({ length: 1000 }, (_, i) => ({ _id: `c${String(i).padStart(4, '0')}`, status: i % 10 === 0 ? 'removed' : 'active', name: `${i % 5 === 1 ? '上海联影医疗' : '浦东新区张江'}${String(999 - i).padStart(4, '0')}` }));
const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id);

const byName = useTwins('names', [{ fields: ['name'] }, { fields: ['status', 'name'] }], DOCS);
const contains = (typed: string) => byName.db.RegExp({ regexp: typed, options: 'i' });

test('a contains search without an order scans the index that leads with the field, not every document', async () => {
  const search = { name: contains('联影') };
  const plan = byName.indexed.explain('names', { name: /联影/i });
  expect(plan.index).toBe('like');
  expect(plan.plan.join(' ')).toMatch(/INDEX ix:names:name\b/);
  // Same documents, in the same (natural) order, as a read without indexes.
  const r = await byName.both((db: any) => db.collection('names').where(search).field({ _id: true }).limit(1000).get().then(ids));
  expect(r.indexed).toEqual(r.plain);
  expect(r.indexed).toHaveLength(200);
  const firstFive = await byName.both((db: any) => db.collection('names').where(search).limit(5).get().then(ids));
  expect(firstFive.indexed).toEqual(firstFive.plain);
});

test('a contains search sorted by the searched field walks the index that holds it, without counting the other plans first', async () => {
  // Most names contain the text: counting each plan up to the in-memory sort's size would scan the index three times.
  const estimate = jest.spyOn(Store.prototype, 'estimate');
  try {
    const search = { status: 'active', name: contains('张江') };
    const plan = byName.indexed.explain('names', { status: 'active', name: /张江/i }, { name: 1 });
    expect([plan.index, plan.ordered]).toEqual(['ix:names:status,name', true]);
    expect(estimate).not.toHaveBeenCalled();
    const page = await byName.both((db: any) => db.collection('names').where(search).orderBy('name', 'asc').limit(10).get().then(ids));
    expect(page.indexed).toEqual(page.plain);
    expect(page.indexed).toHaveLength(10);
    // Only the page's rows are decoded: SQLite tested the LIKE on the index entries it walked.
    expect(page.rowsIndexed).toBe(10);
  } finally {
    estimate.mockRestore();
  }
});
