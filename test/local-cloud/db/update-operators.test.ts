/** update()/set()/remove() semantics and update operators, through the real wx-server-sdk. */
import { rejection, useLocalCloud } from './harness';

const h = useLocalCloud();

const get = async (id: string) => (await h.db.collection('items').doc(id).get()).data;
const update = (id: string, data: unknown) => h.db.collection('items').doc(id).update({ data });

beforeEach(() =>
  h.local.insertMany('items', [
    { _id: 'a', n: 10, arr: [1, 2, 3], nested: { x: 1, y: 2 }, name: 'old', status: 'open' },
    { _id: 'b', n: 20, status: 'open' },
    { _id: 'c', n: 30, status: 'done' },
  ]),
);

describe('update() merges, set() replaces', () => {
  test('nested plain objects are merged field by field', async () => {
    await update('a', { nested: { y: 3, z: 4 } });
    expect((await get('a')).nested).toEqual({ x: 1, y: 3, z: 4 });
  });
  test('_.set() replaces a nested object as a whole', async () => {
    await update('a', { nested: h._.set({ z: 9 }) });
    expect((await get('a')).nested).toEqual({ z: 9 });
  });
  test('set() replaces the whole document, keeping _id', async () => {
    const res = await h.db.collection('items').doc('a').set({ data: { only: true } });
    expect(res.stats).toEqual({ updated: 1, created: 0 });
    expect(await get('a')).toEqual({ _id: 'a', only: true });
  });
  test('set() on a missing id creates it (upsert)', async () => {
    const res = await h.db.collection('items').doc('new').set({ data: { v: 1 } });
    expect(res.stats).toEqual({ updated: 0, created: 1 });
    expect(await get('new')).toEqual({ _id: 'new', v: 1 });
  });
  test('update() of a missing id updates nothing and does not create it', async () => {
    const res = await update('missing', { v: 1 });
    expect(res.stats.updated).toBe(0);
    expect(await h.local.count('items')).toBe(3);
  });
  test('untouched fields, including Dates, survive an update unchanged', async () => {
    const when = new Date('2024-03-04T05:06:07.089Z');
    await update('a', { when, list: [{ at: when }] });
    await update('a', { n: h._.inc(1) });
    const doc = await get('a');
    expect(doc.when).toBeInstanceOf(Date);
    expect(doc.when.getTime()).toBe(when.getTime());
    expect(doc.list[0].at).toEqual(when);
  });
  test('null is stored as null', async () => {
    await update('a', { name: null });
    expect((await get('a')).name).toBeNull();
  });
});

describe('field operators', () => {
  const { _ } = h;
  test('inc / mul / min / max', async () => {
    await update('a', { n: _.inc(5) });
    expect((await get('a')).n).toBe(15);
    await update('a', { n: _.mul(2) });
    expect((await get('a')).n).toBe(30);
    await update('a', { n: _.min(7) });
    expect((await get('a')).n).toBe(7);
    await update('a', { n: _.max(8) });
    expect((await get('a')).n).toBe(8);
    await update('a', { n: _.max(1) });
    expect((await get('a')).n).toBe(8);
  });
  test('inc creates a missing field', async () => {
    await update('b', { hits: _.inc(1) });
    expect((await get('b')).hits).toBe(1);
  });
  test('remove / rename', async () => {
    await update('a', { name: _.remove() });
    expect(await get('a')).not.toHaveProperty('name');
    await update('a', { status: _.rename('state') });
    const doc = await get('a');
    expect(doc.state).toBe('open');
    expect(doc).not.toHaveProperty('status');
  });
  test('db.serverDate() becomes the server time as a Date', async () => {
    const before = Date.now();
    await update('a', { at: h.db.serverDate(), later: h.db.serverDate({ offset: 60_000 }) });
    const doc = await get('a');
    expect(doc.at).toBeInstanceOf(Date);
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before);
    expect(doc.at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(doc.later.getTime() - doc.at.getTime()).toBe(60_000);
  });
  test('updating _id is refused', async () => {
    const err = await rejection(update('a', { _id: 'z' }));
    expect(err.errMsg).toMatch(/_id/);
  });
});

describe('array operators', () => {
  const { _ } = h;
  const arr = async () => (await get('a')).arr;
  test('push / pop / shift / unshift', async () => {
    await update('a', { arr: _.push([4, 5]) });
    expect(await arr()).toEqual([1, 2, 3, 4, 5]);
    await update('a', { arr: _.pop() });
    expect(await arr()).toEqual([1, 2, 3, 4]);
    await update('a', { arr: _.shift() });
    expect(await arr()).toEqual([2, 3, 4]);
    await update('a', { arr: _.unshift([0, 1]) });
    expect(await arr()).toEqual([0, 1, 2, 3, 4]);
  });
  test('addToSet / pull / pullAll', async () => {
    await update('a', { arr: _.addToSet(3) });
    expect(await arr()).toEqual([1, 2, 3]);
    await update('a', { arr: _.addToSet(9) });
    expect(await arr()).toEqual([1, 2, 3, 9]);
    await update('a', { arr: _.pull(_.gt(2)) });
    expect(await arr()).toEqual([1, 2]);
    await update('a', { arr: _.pullAll([1]) });
    expect(await arr()).toEqual([2]);
  });
});

describe('where().update / remove: multi and counts', () => {
  test('update all matches by default; updated counts matched documents', async () => {
    const res = await h.db.collection('items').where({ status: 'open' }).update({ data: { seen: true } });
    expect(res.stats.updated).toBe(2);
    const seen = await h.db.collection('items').where({ seen: true }).count();
    expect(seen.total).toBe(2);
  });
  test('multi: false updates only the first match', async () => {
    const res = await h.db.collection('items').where({ status: 'open' }).update({ data: { seen: true }, multi: false });
    expect(res.stats.updated).toBe(1);
    expect((await h.db.collection('items').where({ seen: true }).count()).total).toBe(1);
  });
  test('no match: updated 0', async () => {
    const res = await h.db.collection('items').where({ status: 'nope' }).update({ data: { seen: true } });
    expect(res.stats.updated).toBe(0);
  });
  test('remove() deletes every match; doc().remove() one', async () => {
    expect((await h.db.collection('items').where({ status: 'open' }).remove()).stats.removed).toBe(2);
    expect((await h.db.collection('items').doc('c').remove()).stats.removed).toBe(1);
    expect((await h.db.collection('items').doc('c').remove()).stats.removed).toBe(0);
    expect(await h.local.count('items')).toBe(0);
  });
});

describe('updateAndReturn (database.modifyAndReturnDoc)', () => {
  test('returns the document after the update', async () => {
    // wx-server-sdk does not wrap updateAndReturn; its inner @cloudbase/database query does.
    const inner = h.db.collection('items').where({ _id: 'b' })._query;
    const res = await inner.updateAndReturn({ n: h._.inc(1) });
    expect(res.updated).toBe(1);
    expect(res.doc).toEqual({ _id: 'b', n: 21, status: 'open' });
  });
  test('no match: updated 0 and no doc', async () => {
    const res = await h.db.collection('items').where({ _id: 'zz' })._query.updateAndReturn({ n: 1 });
    expect(res.updated).toBe(0);
    expect(res.doc).toBeFalsy();
  });
});

describe('updates that do not fit the data fail, as in MongoDB', () => {
  const { _ } = h;
  test.each([
    ['inc on a string', { name: _.inc(1) }, /non-numeric/],
    ['mul on a string', { name: _.mul(2) }, /non-numeric/],
    ['push onto a non-array', { name: _.push(['x']) }, /must be an array/],
    ['addToSet onto a non-array', { n: _.addToSet(1) }, /must be an array/],
    ['a path through a scalar', { 'n.deep': 1 }, /Cannot create field/],
  ])('%s', async (_name, data, message) => {
    const err = await rejection(update('a', data));
    expect(err.errCode).toBe(-502001);
    expect(err.errMsg).toMatch(message);
    expect((await get('a')).name).toBe('old');
  });
});
