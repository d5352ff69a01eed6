/** CloudBase behaviours cloud functions rely on: limits, error codes, ids, dates, indexes, concurrency. */
import { ids, localOnly, rejection, useLocalCloud } from './harness';

const h = useLocalCloud();

const many = (n: number, make: (i: number) => object = (i) => ({ i })) =>
  Array.from({ length: n }, (_, i) => ({ _id: `d${String(i).padStart(5, '0')}`, ...make(i) }));

describe('get() limits', () => {
  beforeEach(() => h.local.insertMany('items', many(1200)));
  test('default 100, capped at 1000 by the SDK', async () => {
    expect((await h.db.collection('items').get()).data).toHaveLength(100);
    expect((await h.db.collection('items').limit(5000).get()).data).toHaveLength(1000);
  });
  test('count() is not limited', async () => {
    expect((await h.db.collection('items').count()).total).toBe(1200);
    expect((await h.db.collection('items').where({ i: h._.gte(100) }).count()).total).toBe(1100);
  });
  localOnly.test('the server caps at 1000 too and defaults to 100', async () => {
    const big = (await h.local.handle('database.getDocument', { collectionName: 'items', queryType: 'WHERE', limit: 5000 })) as {
      data: { list: string[] };
    };
    expect(big.data.list).toHaveLength(1000);
    const none = (await h.local.handle('database.getDocument', { collectionName: 'items', queryType: 'WHERE' })) as typeof big;
    expect(none.data.list).toHaveLength(100);
  });
});

describe('collections', () => {
  const coll = () => h.db.collection('nope');
  test.each([
    ['get', () => coll().get()],
    ['count', () => coll().count()],
    ['add', () => coll().add({ data: { a: 1 } })],
    ['where().update', () => coll().where({ a: 1 }).update({ data: { a: 2 } })],
    ['where().remove', () => coll().where({ a: 1 }).remove()],
    ['doc().get', () => coll().doc('x').get()],
    ['doc().set', () => coll().doc('x').set({ data: { a: 1 } })],
    ['doc().update', () => coll().doc('x').update({ data: { a: 1 } })],
  ])('%s on a missing collection fails with errCode -502005', async (_name, call) => {
    const err = await rejection(call());
    expect(err.errCode).toBe(-502005);
  });
  test('aggregate on a missing collection: wx-server-sdk skips its errCode mapping there (-1), code is kept', async () => {
    const err = (await rejection(coll().aggregate().match({ a: 1 }).end())) as { errCode?: number; code?: string };
    expect(err.errCode).toBe(-1);
    expect(err.code).toBe('DATABASE_COLLECTION_NOT_EXIST');
  });
  test('createCollection() makes it usable; creating it again fails', async () => {
    await h.db.createCollection('fresh');
    await h.db.collection('fresh').add({ data: { a: 1 } });
    expect(await h.local.count('fresh')).toBe(1);
    const err = await rejection(h.db.createCollection('fresh'));
    expect(err.errMsg).toMatch(/exist/i);
  });
});

describe('documents', () => {
  test('doc(id).get() of a missing id throws like CloudBase', async () => {
    const err = await rejection(h.db.collection('items').doc('missing').get());
    expect(err.errMsg).toContain('document with _id missing does not exist');
  });
  test('generated _id is 32 hex chars; a given _id is kept', async () => {
    const { _id } = await h.db.collection('items').add({ data: { a: 1 } });
    expect(_id).toMatch(/^[0-9a-f]{32}$/);
    const given = await h.db.collection('items').add({ data: { _id: 'mine', a: 1 } });
    expect(given._id).toBe('mine');
  });
  test('add() of an array returns all ids', async () => {
    const res = await h.db.collection('items').add({ data: [{ a: 1 }, { a: 2 }] });
    expect(res._ids).toHaveLength(2);
  });
  test('a duplicate _id is rejected (and a batch with one is all-or-nothing)', async () => {
    await h.db.collection('items').add({ data: { _id: 'x', a: 1 } });
    const err = await rejection(h.db.collection('items').add({ data: { _id: 'x', a: 2 } }));
    expect(err.errCode).toBe(-502001);
    expect(err.errMsg).toMatch(/duplicate key/);
    await rejection(h.db.collection('items').add({ data: [{ _id: 'y' }, { _id: 'x' }] }));
    expect(await h.local.count('items')).toBe(1);
  });
  test('Dates round-trip as Date objects, including in queries', async () => {
    const when = new Date('2024-05-06T07:08:09.010Z');
    const { _id } = await h.db.collection('items').add({ data: { when, nested: { list: [when] } } });
    const doc = (await h.db.collection('items').doc(_id).get()).data;
    expect(doc.when).toBeInstanceOf(Date);
    expect(doc.when.getTime()).toBe(when.getTime());
    expect(doc.nested.list[0]).toEqual(when);
    expect((await h.db.collection('items').where({ when: h._.lte(when) }).count()).total).toBe(1);
  });
  test('serverDate() in add() and in a query', async () => {
    const { _id } = await h.db.collection('items').add({ data: { createdAt: h.db.serverDate() } });
    const doc = (await h.db.collection('items').doc(_id).get()).data;
    expect(Math.abs(doc.createdAt.getTime() - Date.now())).toBeLessThan(5000);
    const res = await h.db.collection('items').where({ createdAt: h._.lte(h.db.serverDate()) }).get();
    expect(ids(res.data)).toEqual([_id]);
  });
});

describe('unique indexes', () => {
  test('reject a second document with the same key', async () => {
    await h.db.collection('users').add({ data: { openid: 'o1' } });
    const err = await rejection(h.db.collection('users').add({ data: { openid: 'o1' } }));
    expect(err.errCode).toBe(-502001);
    expect(err.errMsg).toMatch(/duplicate key.*openid/);
  });
  test('also on update', async () => {
    await h.local.insertMany('users', [{ _id: 'a', openid: 'o1' }, { _id: 'b', openid: 'o2' }]);
    await rejection(h.db.collection('users').doc('b').update({ data: { openid: 'o1' } }));
    expect((await h.db.collection('users').doc('b').get()).data.openid).toBe('o2');
  });
  test('as in MongoDB, only one document may lack the unique field', async () => {
    await h.db.collection('users').add({ data: { name: 'no openid' } });
    const err = await rejection(h.db.collection('users').add({ data: { name: 'also none' } }));
    expect(err.errMsg).toMatch(/duplicate key/);
  });
});

localOnly.describe('index use', () => {
  beforeEach(() =>
    h.local.insertMany('items', many(500, (i) => ({ status: `s${i % 50}`, owner: `u${i % 10}`, createdAt: new Date(1_700_000_000_000 + i * 1000) }))),
  );
  test('equality on an indexed field is served by the index', async () => {
    expect(h.local.explain('items', { status: 's7' }).plan.join(' ')).toMatch(/USING INDEX ix:items:status/);
    h.local.resetRowsScanned();
    const res = await h.db.collection('items').where({ status: 's7', createdAt: h._.exists(true) }).get();
    expect(res.data).toHaveLength(10);
    expect(h.local.rowsScanned()).toBe(10);
  });
  test('$in on an indexed field and a compound index prefix', async () => {
    h.local.resetRowsScanned();
    expect((await h.db.collection('items').where({ status: h._.in(['s1', 's2']) }).get()).data).toHaveLength(20);
    expect(h.local.rowsScanned()).toBe(20);
    // A count the index covers reads no document at all.
    expect((await h.db.collection('items').where({ status: h._.in(['s1', 's2']) }).count()).total).toBe(20);
    expect(h.local.rowsScanned()).toBe(20);
    expect(h.local.explain('items', { owner: 'u3' }).index).toBe('ix:items:owner,-createdAt');
  });
  test('doc(id) and where({_id}) use the primary key', async () => {
    h.local.resetRowsScanned();
    await h.db.collection('items').doc('d00042').get();
    await h.db.collection('items').where({ _id: 'd00043' }).get();
    expect(h.local.rowsScanned()).toBe(2);
    expect(h.local.explain('items', { _id: 'x' }).index).toBe('_id');
  });
  test('a non-indexed filter scans the collection', () => {
    expect(h.local.explain('items', { i: 3 }).index).toBeNull();
  });
  test('orderBy an indexed field with a limit walks the index instead of reading everything', async () => {
    h.local.resetRowsScanned();
    const res = await h.db.collection('items').orderBy('createdAt', 'desc').limit(5).get();
    expect(ids(res.data)).toEqual(['d00499', 'd00498', 'd00497', 'd00496', 'd00495']);
    expect(h.local.rowsScanned()).toBe(5);
    expect(h.local.explain('items', {}, { createdAt: -1 }).plan.join(' ')).toMatch(/SCAN items USING INDEX/);
  });
  test('index-ordered reads fall back to a full sort when types would sort differently', async () => {
    h.local.insertMany('items', [{ _id: 'str', createdAt: 'text' }, { _id: 'num', createdAt: 5 }, { _id: 'none' }]);
    const res = await h.db.collection('items').orderBy('createdAt', 'asc').limit(3).get();
    expect(ids(res.data)).toEqual(['none', 'num', 'str']); // MongoDB order: null < numbers < strings < dates
    const desc = await h.db.collection('items').orderBy('createdAt', 'desc').limit(2).get();
    expect(ids(desc.data)).toEqual(['d00499', 'd00498']);
  });
  test('an index on a field that holds arrays is not used as a prefilter (MongoDB matches elements)', async () => {
    h.local.insertMany('items', [{ _id: 'arr', status: ['s7', 'x'] }]);
    expect(h.local.explain('items', { status: 's7' }).index).toBeNull();
    expect((await h.db.collection('items').where({ status: 's7' }).count()).total).toBe(11);
  });
});

describe('requests', () => {
  localOnly.test('every SDK call is one round trip', async () => {
    h.local.resetRoundTrips();
    await h.db.collection('items').add({ data: { a: 1 } });
    await h.db.collection('items').where({ a: 1 }).get();
    await h.db.collection('items').count();
    expect(h.local.roundTrips()).toBe(3);
  });
  test('many concurrent updates of one document lose nothing', async () => {
    await h.local.insertMany('counters', [{ _id: 'c', n: 0 }]);
    await Promise.all(Array.from({ length: 100 }, () => h.db.collection('counters').doc('c').update({ data: { n: h._.inc(1) } })));
    expect((await h.db.collection('counters').doc('c').get()).data.n).toBe(100);
  });
  test('many concurrent adds all land', async () => {
    await Promise.all(Array.from({ length: 100 }, (_, i) => h.db.collection('items').add({ data: { i } })));
    expect(await h.local.count('items')).toBe(100);
  });
  localOnly.test('an unknown action gets an error reply, not an exception', async () => {
    const reply = (await h.local.handle('database.nonsense', {})) as { code: string };
    expect(reply.code).toBe('INVALID_PARAM');
  });
});
