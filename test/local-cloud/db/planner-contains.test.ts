/**
 * A "contains" search (a case-insensitive regex of literal text, as a search box sends) narrows in
 * SQL by LIKE on the field, so only matching documents are decoded, and a page sorted by an indexed
 * field stops when it is full; regexes LIKE cannot stand for (patterns, letters SQLite does not
 * fold, quotes) are left to mingo. Same documents either way.
 */
import { containedText } from '../../../local-cloud/db/conditions';
import { useTwins } from './twin-harness';

const NAMES = ['上海浦江科技有限公司', '上海联影医疗科技股份有限公司', 'Pujiang Trading Co.', '浦东新区张江高科', 'A_B%C 有限公司'];
const DOCS = () =>
  Array.from({ length: 1000 }, (_, i) => ({
    _id: `c${String(i).padStart(4, '0')}`,
    status: i % 10 === 0 ? 'removed' : 'active',
    name: `${NAMES[i % NAMES.length]}${String(i).padStart(4, '0')}`,
    tags: i % 7 === 0 ? ['浦江', '其他'] : ['其他'],
  }));
const t = useTwins('firms', [{ fields: ['status', 'name'] }], DOCS);
const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id);
const contains = (typed: string) => t.db.RegExp({ regexp: typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' });

test('a page of a contains search on the sorted index decodes only its matches', async () => {
  const page = (db: any) => db.collection('firms').where({ status: 'active', name: contains('浦江') }).orderBy('name', 'asc').skip(20).limit(21).get().then(ids);
  const r = await t.both(page);
  expect(r.indexed).toEqual(r.plain);
  expect(r.indexed).toHaveLength(21);
  // The index walk stops when the page is full; without it, every match (of 1,000 documents) is read and sorted.
  expect(r.rowsIndexed).toBe(41);
  expect(r.rowsPlain).toBe(200);
});

test('without an index on the field, the LIKE still narrows what is decoded; ASCII case folds as the regex does', async () => {
  const r = await t.both((db: any) => db.collection('firms').where({ name: contains('pujiang trading') }).limit(1000).get().then(ids));
  expect(r.indexed).toEqual(r.plain);
  expect(r.indexed).toHaveLength(200);
  expect(r.rowsIndexed).toBe(200);
});

test('LIKE wildcards in the typed text are taken literally; arrays match by element', async () => {
  const a = await t.both((db: any) => db.collection('firms').where({ name: contains('_B%C') }).limit(1000).get().then(ids));
  expect(a.indexed).toEqual(a.plain);
  expect(a.indexed).toHaveLength(200);
  const b = await t.both((db: any) => db.collection('firms').where({ tags: contains('浦江') }).limit(1000).get().then(ids));
  expect(b.indexed).toEqual(b.plain);
  expect(b.rowsIndexed).toBe(b.indexed.length);
});

test('only literal text LIKE can stand for is taken; anything else is mingo’s', () => {
  expect(containedText(/浦江/i)).toBe('浦江');
  expect(containedText(/a\.b\*c/i)).toBe('a.b*c');
  expect(containedText(/a.b/i)).toBeUndefined();
  expect(containedText(/^浦江/)).toBeUndefined();
  expect(containedText(/\d+/)).toBeUndefined();
  expect(containedText(/浦江/m)).toBeUndefined();
  expect(containedText(/É/i)).toBeUndefined();
  expect(containedText(/É/)).toBe('É');
  expect(containedText(/a"b/)).toBeUndefined();
});
