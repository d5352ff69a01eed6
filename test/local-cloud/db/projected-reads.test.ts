/**
 * A projected read has SQLite cut each document to what the read needs before it is decoded: the
 * top-level fields the projection, filter and sort name, and the first elements of an array the
 * projection slices. What the SDK gets back must be what MongoDB's projection (mingo's here) gives
 * on the whole documents, whatever the values are.
 */
import { Query } from 'mingo';
import { Store } from '../../../local-cloud/db/store';
import { useTwins } from './twin-harness';

const T = new Date('2026-03-01T08:00:00Z');
const DOCS = () => [
  { _id: 'a', size: 5, ids: ['x1', 'x2', 'x3', 'x4', 'x5'], note: 'n' },
  // Every kind of element: the cut keeps each as stored (true stays true, a date stays a date).
  { _id: 'b', size: 4, ids: [true, false, null, 7, 2.5, { k: 'v', at: T }, ['in', 1], T] },
  { _id: 'c', size: 3, ids: [] },
  { _id: 'd', size: 2, ids: 'not an array' },
  { _id: 'e', size: 1 },
  { _id: 'f', size: 6, ids: { nested: ['y1', 'y2', 'y3'] } },
];
const t = useTwins('groups', [{ fields: ['-size'] }], DOCS);
const { _ } = t;

const viaMingo = (projection: object, filter: object = {}) =>
  new Query(filter).find(DOCS() as never[], projection).sort({ size: -1, _id: 1 } as never).all();

describe('a top-level $slice projection cut in SQL', () => {
  test.each([0, 1, 3, 10])('the first %d elements, every other field as MongoDB gives it', async (n) => {
    const read = (db: any) => db.collection('groups').where({ size: _.gte(0) }).orderBy('size', 'desc').orderBy('_id', 'asc').field({ ids: _.project.slice(n), size: true }).get();
    const r = await t.both(read);
    expect(r.indexed.data).toEqual(viaMingo({ ids: { $slice: n }, size: true }));
    expect(r.plain.data).toEqual(r.indexed.data);
    // A missing field stays missing (mingo says undefined, which the reply would carry as null).
    expect(r.indexed.data.find((d: { _id: string }) => d._id === 'e')).not.toHaveProperty('ids');
  });

  test('a filter on the sliced field sees the whole array (the cut would hide x5)', async () => {
    const read = (db: any) => db.collection('groups').where({ ids: 'x5' }).field({ ids: _.project.slice(2) }).get();
    const r = await t.both(read);
    expect(r.indexed.data).toEqual([{ _id: 'a', ids: ['x1', 'x2'] }]);
  });

  test('a page read in index order: the same page, cut', async () => {
    const read = (db: any) => db.collection('groups').orderBy('size', 'desc').skip(1).limit(2).field({ ids: _.project.slice(2), note: true }).get();
    const r = await t.both(read);
    expect(r.indexed.data).toEqual([{ _id: 'a', ids: ['x1', 'x2'], note: 'n' }, { _id: 'b', ids: [true, false] }]);
    expect(r.plain.data).toEqual(r.indexed.data);
  });
});

test('the store cuts the array itself: each kept element as stored, the rest of the document whole', () => {
  const store = new Store(':memory:');
  store.ensure('groups', []);
  for (const d of DOCS()) store.insert('groups', d);
  const cut = [...store.rows('groups', null, false, undefined, { slices: [{ field: 'ids', count: 6 }] })].map((r) => r.doc);
  store.close();
  expect(cut).toEqual(DOCS().map((d) => (Array.isArray(d.ids) ? { ...d, ids: d.ids.slice(0, 6) } : d)));
});

test('a small document is decoded whole (cutting it costs more than it saves); the projection still applies after', () => {
  const store = new Store(':memory:');
  store.ensure('items', []);
  store.insert('items', { _id: 'x', a: 1, b: 2 });
  const [row] = [...store.rows('items', null, false, undefined, { keep: new Map([['a', true as const]]) })];
  store.close();
  expect(row.doc).toEqual({ _id: 'x', a: 1, b: 2 });
});

test('the store keeps the named fields as stored (true stays true, 0.1 + 0.2 keeps every digit, a date stays a date), and leaves out a missing one', () => {
  const store = new Store(':memory:');
  store.ensure('items', []);
  const doc = { _id: 'x', t: true, f: false, n: null, r: 0.1 + 0.2, at: T, o: { k: [1, true, T] }, s: 'a"b', other: 'dropped'.repeat(200) };
  store.insert('items', doc);
  const [row] = [...store.rows('items', null, false, undefined, { keep: new Map(['_id', 't', 'f', 'n', 'r', 'at', 'o', 's', 'missing'].map((k) => [k, true as const])) })];
  store.close();
  const { other: _dropped, ...kept } = doc;
  expect(row.doc).toEqual(kept);
  expect(Object.keys(row.doc)).toEqual(Object.keys(kept));
});
