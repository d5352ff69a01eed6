/** Query operators, through the real wx-server-sdk query builder (db.command). */
import { ids, useLocalCloud } from './harness';

const h = useLocalCloud();

const DOCS = [
  { _id: 'a', n: 1, s: 'apple', tags: ['red', 'fruit'], info: { city: 'sh', zip: 200 }, scores: [{ k: 'x', v: 5 }], d: new Date('2024-01-01T00:00:00Z') },
  { _id: 'b', n: 2, s: 'Banana', tags: ['yellow', 'fruit'], info: { city: 'bj', zip: 100 }, scores: [{ k: 'x', v: 9 }], d: new Date('2024-06-01T00:00:00Z') },
  { _id: 'c', n: 3, s: 'cherry', tags: ['red'], info: { city: 'sh', zip: 201 }, scores: [], opt: null, d: new Date('2025-01-01T00:00:00Z') },
  { _id: 'd', n: 4, s: 'date', tags: [], info: { city: 'gz' }, scores: [{ k: 'y', v: 9 }], opt: 'set' },
];

beforeEach(() => h.local.insertMany('items', DOCS));

async function where(cond: unknown): Promise<unknown[]> {
  const res = await h.db.collection('items').where(cond).orderBy('_id', 'asc').get();
  return ids(res.data);
}

describe('comparison', () => {
  const { _ } = h;
  test('eq / neq', async () => {
    expect(await where({ n: 2 })).toEqual(['b']);
    expect(await where({ n: _.eq(3) })).toEqual(['c']);
    expect(await where({ n: _.neq(3) })).toEqual(['a', 'b', 'd']);
  });
  test('lt / lte / gt / gte and a range with .and()', async () => {
    expect(await where({ n: _.lt(2) })).toEqual(['a']);
    expect(await where({ n: _.lte(2) })).toEqual(['a', 'b']);
    expect(await where({ n: _.gt(3) })).toEqual(['d']);
    expect(await where({ n: _.gte(3) })).toEqual(['c', 'd']);
    expect(await where({ n: _.gt(1).and(_.lt(4)) })).toEqual(['b', 'c']);
  });
  test('in / nin', async () => {
    expect(await where({ s: _.in(['apple', 'date']) })).toEqual(['a', 'd']);
    expect(await where({ n: _.nin([1, 2]) })).toEqual(['c', 'd']);
  });
  test('dates compare as dates', async () => {
    expect(await where({ d: _.gte(new Date('2024-06-01T00:00:00Z')) })).toEqual(['b', 'c']);
    expect(await where({ d: new Date('2024-01-01T00:00:00Z') })).toEqual(['a']);
  });
});

describe('logical', () => {
  const { _ } = h;
  test('and / or (field level and top level)', async () => {
    expect(await where(_.and([{ n: _.gt(1) }, { tags: 'red' }]))).toEqual(['c']);
    expect(await where(_.or([{ n: 1 }, { s: 'date' }]))).toEqual(['a', 'd']);
    expect(await where({ n: _.lt(2).or(_.gt(3)) })).toEqual(['a', 'd']);
  });
  test('nor', async () => {
    expect(await where(_.nor([{ n: 1 }, { n: 2 }]))).toEqual(['c', 'd']);
  });
  test('not', async () => {
    expect(await where({ n: _.not(_.gt(2)) })).toEqual(['a', 'b']);
  });
});

describe('element and array', () => {
  const { _ } = h;
  test('exists (null counts as existing)', async () => {
    expect(await where({ opt: _.exists(true) })).toEqual(['c', 'd']);
    expect(await where({ opt: _.exists(false) })).toEqual(['a', 'b']);
  });
  test('size / all / elemMatch', async () => {
    expect(await where({ tags: _.size(2) })).toEqual(['a', 'b']);
    expect(await where({ tags: _.all(['red', 'fruit']) })).toEqual(['a']);
    expect(await where({ scores: _.elemMatch({ k: 'x', v: _.gt(6) }) })).toEqual(['b']);
  });
  test('a scalar matches array elements', async () => {
    expect(await where({ tags: 'red' })).toEqual(['a', 'c']);
  });
  test('mod', async () => {
    expect(await where({ n: _.mod([2, 0]) })).toEqual(['b', 'd']);
  });
});

describe('regex', () => {
  test('db.RegExp with options and a JS RegExp literal', async () => {
    expect(await where({ s: h.db.RegExp({ regexp: '^b', options: 'i' }) })).toEqual(['b']);
    expect(await where({ s: /an/ })).toEqual(['b']);
  });
});

describe('nested paths', () => {
  test('a nested where object is matched field by field (SDK flattens to dot paths)', async () => {
    expect(await where({ info: { city: 'sh' } })).toEqual(['a', 'c']);
    expect(await where({ 'info.zip': h._.gte(200) })).toEqual(['a', 'c']);
  });
});

describe('ordering, paging, projection', () => {
  test('orderBy several fields', async () => {
    const res = await h.db.collection('items').orderBy('info.city', 'asc').orderBy('n', 'desc').get();
    expect(ids(res.data)).toEqual(['b', 'd', 'c', 'a']);
  });
  test('skip + limit', async () => {
    const res = await h.db.collection('items').orderBy('n', 'asc').skip(1).limit(2).get();
    expect(ids(res.data)).toEqual(['b', 'c']);
  });
  test('field() includes only the chosen fields (and _id)', async () => {
    const res = await h.db.collection('items').where({ _id: 'a' }).field({ s: true, 'info.city': true }).get();
    expect(res.data).toEqual([{ _id: 'a', s: 'apple', info: { city: 'sh' } }]);
  });
  test('field() with false excludes', async () => {
    const res = await h.db.collection('items').doc('a').field({ scores: false, tags: false, info: false, d: false }).get();
    expect(res.data).toEqual({ _id: 'a', n: 1, s: 'apple' });
  });
  test('field() excludes a field of the documents inside an array', async () => {
    const res = await h.db.collection('items').doc('b').field({ 'scores.v': false, tags: false, info: false, d: false }).get();
    expect(res.data).toEqual({ _id: 'b', n: 2, s: 'Banana', scores: [{ k: 'x' }] });
  });
  test('field() with project.slice keeps the first elements of an array', async () => {
    const res = await h.db.collection('items').doc('a').field({ tags: h._.project.slice(1), s: true }).get();
    expect(res.data).toEqual({ _id: 'a', s: 'apple', tags: ['red'] });
  });
  test('count() with a filter', async () => {
    expect((await h.db.collection('items').where({ tags: 'fruit' }).count()).total).toBe(2);
  });
});
