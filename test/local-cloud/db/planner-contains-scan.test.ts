/**
 * A "contains" search read in natural order scans an index that leads with the searched field:
 * SQLite tests the LIKE on the indexed value instead of parsing every document (at ten times
 * Pudong, 30,000 enterprises' names), with the same documents in the same order.
 */
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
