/**
 * The local engine copies plain inclusions itself (mingo's general projection is slow on wide
 * documents); every projection must still answer what mingo, and so MongoDB, answers.
 */
import { Query } from 'mingo';
import { project } from '../../../local-cloud/db/projection';

const viaMingo = (docs: object[], projection: object) => new Query({}).find(docs as never[], projection).all();

// A small deterministic generator: the same cases on every run.
let seed = 42;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
const KEYS = ['a', 'b', 'c', 'flow'] as const;
const value = (depth: number): unknown => {
  const kind = pick(depth > 1 ? ['num', 'str', 'null', 'date'] : ['num', 'str', 'null', 'date', 'obj', 'obj', 'arr']);
  if (kind === 'num') return Math.floor(next() * 10);
  if (kind === 'str') return pick(['x', 'y', '']);
  if (kind === 'null') return null;
  if (kind === 'date') return new Date(1_700_000_000_000 + Math.floor(next() * 1e9));
  if (kind === 'arr') return [value(depth + 1), { a: 1 }];
  return Object.fromEntries(KEYS.filter(() => next() < 0.6).map((k) => [k, value(depth + 1)]));
};
const doc = (i: number) => ({ _id: `d${i}`, ...Object.fromEntries(KEYS.filter(() => next() < 0.7).map((k) => [k, value(0)])) });
const path = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(KEYS)).join('.');

test('plain inclusions give what mingo gives, over generated documents and paths', () => {
  for (let round = 0; round < 400; round++) {
    const docs = Array.from({ length: 5 }, (_, i) => doc(i));
    const paths = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, path))];
    // Overlapping paths are refused by both; leave those to the mingo-only case below.
    if (paths.some((p) => paths.some((q) => q !== p && q.startsWith(`${p}.`)))) continue;
    const projection = Object.fromEntries(paths.map((p) => [p, true]));
    expect([projection, project(docs, projection)]).toEqual([projection, viaMingo(docs, projection)]);
  }
});

test('the cases MongoDB is particular about', () => {
  const docs = [
    { _id: 1, info: { city: 'sh', zip: 200 }, n: 1 },
    { _id: 2, info: { zip: 100 } },
    { _id: 3, info: 'flat' },
    { _id: 4, info: null },
    { _id: 5, info: [{ city: 'bj' }, { zip: 1 }] },
    { _id: 6 },
  ];
  const projection = { 'info.city': true, n: true };
  expect(project(docs, projection)).toEqual(viaMingo(docs, projection));
  expect(project(docs, projection).slice(0, 4)).toEqual([{ _id: 1, info: { city: 'sh' }, n: 1 }, { _id: 2, info: {} }, { _id: 3 }, { _id: 4 }]);
  // Exclusions, operators and _id: false are mingo's to decide.
  for (const other of [{ info: false }, { info: { $slice: 1 } }, { n: true, _id: false }, { 'info.city': false }]) expect(project(docs, other)).toEqual(viaMingo(docs, other));
});
