/**
 * Walking an index in sort order against reading a narrower set and sorting it: when the narrower
 * plan matches many rows, the walk goes first, and gives way to it once matches prove sparse in
 * that order — the same documents either way, never more than a bounded detour.
 */
import { useTwins } from './twin-harness';

const DOCS = () =>
  Array.from({ length: 2000 }, (_, i) => ({
    _id: `e${String(i).padStart(5, '0')}`,
    kind: i % 2 ? 'odd' : 'even',
    at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    // A few old ones are flagged: in newest-first order they come last.
    ...(i < 40 && i % 2 === 0 ? { flag: 'rare' } : {}),
  }));
const t = useTwins('events', [{ fields: ['kind'] }, { fields: ['-at'] }], DOCS);
const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id);

test('dense matches: the ordered walk fills the page at once', async () => {
  const r = await t.both((db) => db.collection('events').where({ kind: 'even' }).orderBy('at', 'desc').limit(10).get().then(ids));
  expect(r.indexed).toEqual(r.plain);
  expect(r.rowsIndexed).toBe(20);
});

test('sparse matches: the walk stops at its budget and the narrower plan answers', async () => {
  const r = await t.both((db) => db.collection('events').where({ kind: 'even', flag: 'rare' }).orderBy('at', 'desc').limit(10).get().then(ids));
  expect(r.indexed).toEqual(r.plain);
  expect(r.indexed).toHaveLength(10);
  // At most 300 + 20 × 10 rows walked, then the 1,000 'even' ones read and sorted.
  expect(r.rowsIndexed).toBeLessThanOrEqual(500 + 1000);
  expect(r.rowsPlain).toBe(2000);
});

test('a narrower set that fits in the rows a big page must find (paging by _id, 1,000 a call) is read and sorted, not walked for', async () => {
  const page = (db: any) => db.collection('events').where({ kind: 'even', _id: db.command.gt('') }).orderBy('_id', 'asc').skip(100).limit(1000).get().then(ids);
  const r = await t.both(page);
  expect(r.indexed).toEqual(r.plain);
  expect(r.indexed).toHaveLength(900);
  // The 1,000 'even' ones, not a walk through both kinds in _id order.
  expect(r.rowsIndexed).toBe(1000);
});
