/**
 * Projected reads (each document cut by SQLite to the fields the read needs) over generated
 * documents, filters, projections, sorts and pages: the same answer as reading the matches whole
 * and projecting them with mingo.
 */
import { Query } from 'mingo';
import { useTwins } from './twin-harness';

const T = new Date('2026-03-01T08:00:00Z');

describe('projected reads over generated documents give what mingo gives on the whole documents', () => {
  // A small deterministic generator: the same cases on every run.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <X>(xs: readonly X[]): X => xs[Math.floor(next() * xs.length)];
  const scalar = () => pick<unknown>([0, 1, 2, 'x', 'y', null, true, T]);
  // Embedded documents two levels deep, arrays (of scalars and of documents), dates at any level.
  const value = (depth: number): unknown => {
    const r = next();
    if (depth < 2 && r < 0.3) return Object.fromEntries(['a', 'b'].filter(() => next() < 0.8).map((k) => [k, value(depth + 1)]));
    if (depth < 2 && r < 0.45) return [scalar(), next() < 0.5 ? { a: scalar() } : scalar()];
    return scalar();
  };
  // Most documents big enough to be cut (the store decodes small ones whole), some not.
  const docs = Array.from({ length: 60 }, (_, i) => ({ _id: `d${String(i).padStart(2, '0')}`, ...Object.fromEntries(['a', 'b', 'c', 'e'].filter(() => next() < 0.8).map((k) => [k, value(0)])), ...(i % 5 ? { pad: 'p'.repeat(1100) } : {}) }));
  const gen = useTwins('items', [{ fields: ['a'] }, { fields: ['b', 'c'] }], () => docs);
  const filters = [
    () => ({}),
    () => ({ a: scalar() }),
    () => ({ b: pick([1, 'x']), c: gen._.exists(true) }),
    () => ({ 'e.a': scalar() }),
    () => gen._.or([{ a: scalar() }, { c: scalar() }]),
    () => ({ e: gen._.exists(false) }),
  ];
  // Exclusions two levels deep: mingo throws on a deeper one through an array holding null (a: [null], 'a.a.a').
  const projections = [{ a: true }, { b: true, 'e.b': true }, { c: 1 }, { a: true, _id: false }, { e: true, c: true }, { 'e.a': true }, { 'b.a': true, 'e.b.a': true }, { 'c.b': 1, a: 1 }, { 'a.a.a': true, 'a.b': true }, { e: false }, { a: false, c: false }, { pad: false, 'b.a': false }, { pad: 0 }, { 'e.a': false }, { 'b.a': false, 'e.b': false, 'e.a': false }, { 'a.a': false, c: false }, { 'a.b': false, 'e.a': false, pad: false }];
  test('800 filter × projection × sort cases', async () => {
    for (let round = 0; round < 800; round++) {
      const filter = pick(filters)();
      const projection = pick(projections);
      const sortBy = pick(['a', 'b', 'e', '_id']);
      const page = { skip: Math.floor(next() * 5), limit: 1 + Math.floor(next() * 20) };
      const read = (db: any) => db.collection('items').where(filter).orderBy(sortBy, 'asc').orderBy('_id', 'asc').skip(page.skip).limit(page.limit).field(projection).get();
      const got = (await gen.both(read)).indexed.data;
      // The same filter read whole (no projection: nothing is cut), then projected and sorted by mingo.
      const all = (await gen.both((db: any) => db.collection('items').where(filter).limit(1000).get())).plain.data;
      const expected = new Query({}).find(all as never[], projection).sort({ [sortBy]: 1, _id: 1 } as never).skip(page.skip).limit(page.limit).all();
      expect([round, got]).toEqual([round, expected]);
    }
  });
});
