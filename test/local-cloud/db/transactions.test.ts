/** Transactions through db.runTransaction / db.startTransaction of the real wx-server-sdk. */
import { localOnly, rejection, useLocalCloud } from './harness';

const TIMEOUT_MS = 300;
const h = useLocalCloud({ transactionTimeoutMs: TIMEOUT_MS });

type Tx = any;

const CREATED = new Date('2024-01-02T03:04:05.006Z');
beforeEach(() => h.local.insertMany('counters', [{ _id: 'c', n: 0, createdAt: CREATED }, { _id: 'gone', n: 1 }]));

const read = async (id: string) => (await h.db.collection('counters').doc(id).get()).data;
const exists = async (id: string) => (await h.db.collection('counters').where({ _id: id }).count()).total === 1;

test('runTransaction applies get/update/set/add/remove together and returns the callback result', async () => {
  const result = await h.db.runTransaction(async (tx: Tx) => {
    const c = (await tx.collection('counters').doc('c').get()).data;
    await tx.collection('counters').doc('c').update({ data: { n: c.n + 1, at: h.db.serverDate() } });
    await tx.collection('counters').doc('new').set({ data: { n: 5 } });
    await tx.collection('counters').add({ data: { _id: 'added', n: 7 } });
    await tx.collection('counters').doc('gone').remove();
    return 'done';
  });
  expect(result).toBe('done');
  expect((await read('c')).n).toBe(1);
  expect((await read('c')).at).toBeInstanceOf(Date);
  expect((await read('c')).createdAt).toEqual(CREATED); // untouched Date kept through the buffered update
  expect((await read('new')).n).toBe(5);
  expect((await read('added')).n).toBe(7);
  expect(await exists('gone')).toBe(false);
});

test('reads inside see the transaction’s own writes; others see nothing until commit', async () => {
  const tx = await h.db.startTransaction();
  await tx.collection('counters').doc('c').update({ data: { n: h._.inc(10) } });
  expect((await tx.collection('counters').doc('c').get()).data.n).toBe(10);
  await tx.collection('counters').doc('gone').remove();
  await expect(tx.collection('counters').doc('gone').get()).rejects.toMatchObject({ errMsg: expect.stringMatching(/does not exist/) });
  expect((await read('c')).n).toBe(0);
  await tx.commit();
  expect((await read('c')).n).toBe(10);
  expect(await exists('gone')).toBe(false);
});

test('rollback discards every buffered write', async () => {
  const tx = await h.db.startTransaction();
  await tx.collection('counters').doc('c').update({ data: { n: 99 } });
  await tx.collection('counters').add({ data: { _id: 'x' } });
  await tx.rollback();
  expect((await read('c')).n).toBe(0);
  expect(await exists('x')).toBe(false);
});

test('an error thrown in runTransaction rolls back and is rethrown', async () => {
  const err = await rejection(
    h.db.runTransaction(async (tx: Tx) => {
      await tx.collection('counters').doc('c').update({ data: { n: 42 } });
      throw new Error('boom');
    }),
  );
  expect(err.message).toBe('boom');
  expect((await read('c')).n).toBe(0);
});

test('concurrent transactions on one document are serialised: no lost update', async () => {
  await Promise.all(
    Array.from({ length: 10 }, () =>
      h.db.runTransaction(async (tx: Tx) => {
        const c = (await tx.collection('counters').doc('c').get()).data;
        await new Promise((r) => setTimeout(r, 2));
        await tx.collection('counters').doc('c').update({ data: { n: c.n + 1 } });
      }),
    ),
  );
  expect((await read('c')).n).toBe(10);
});

test('a plain write between a transaction’s read and its commit makes the commit fail with a conflict', async () => {
  const tx = await h.db.startTransaction();
  const c = (await tx.collection('counters').doc('c').get()).data;
  await h.db.collection('counters').doc('c').update({ data: { n: 100 } });
  await tx.collection('counters').doc('c').update({ data: { n: c.n + 1 } });
  const err = (await rejection(tx.commit())) as { code?: string };
  expect(err.code).toBe('DATABASE_TRANSACTION_CONFLICT');
  expect((await read('c')).n).toBe(100);
});

test('runTransaction retries a conflicting attempt, so the final state is consistent', async () => {
  let attempts = 0;
  await h.db.runTransaction(async (tx: Tx) => {
    attempts++;
    const c = (await tx.collection('counters').doc('c').get()).data;
    if (attempts === 1) await h.db.collection('counters').doc('c').update({ data: { n: 100 } });
    await tx.collection('counters').doc('c').update({ data: { n: c.n + 1 } });
  });
  expect(attempts).toBe(2);
  expect((await read('c')).n).toBe(101);
});

test('only single-document operations are allowed: where().get() inside fails', async () => {
  const tx = await h.db.startTransaction();
  const err = await rejection(tx.collection('counters').where({ n: 0 }).get());
  expect(err.errMsg).toMatch(/single-document/);
  await tx.rollback();
});

test('adding a duplicate _id inside a transaction fails', async () => {
  const err = await rejection(
    h.db.runTransaction(async (tx: Tx) => {
      await tx.collection('counters').add({ data: { _id: 'c' } });
    }),
  );
  expect(err.errMsg ?? err.message).toMatch(/duplicate key/);
});

test('a missing collection fails the transaction and releases its lock', async () => {
  const err = await rejection(h.db.runTransaction(async (tx: Tx) => tx.collection('nope').doc('a').get()));
  expect(err.errCode).toBe(-502005);
  await h.db.runTransaction(async (tx: Tx) => tx.collection('counters').doc('c').update({ data: { n: 1 } }));
  expect((await read('c')).n).toBe(1);
});

// The timeout is the local engine's option (TIMEOUT_MS above); CloudBase's own is not configurable.
localOnly.test('a transaction never ended is aborted after the timeout and stops blocking others', async () => {
  const abandoned = await h.db.startTransaction();
  await abandoned.collection('counters').doc('c').update({ data: { n: 555 } });
  const started = Date.now();
  await h.db.runTransaction(async (tx: Tx) => tx.collection('counters').doc('c').update({ data: { n: h._.inc(1) } }));
  expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  expect((await read('c')).n).toBe(1);
  await expect(abandoned.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
});

localOnly.test('the older transaction actions (getInTransaction / updateDocInTransaction / deleteDocInTransaction)', async () => {
  const { local } = h;
  const { transactionId } = (await local.handle('database.startTransaction', {})) as { transactionId: string };
  const base = { collectionName: 'counters', transactionId };
  const got = (await local.handle('database.getInTransaction', { ...base, _id: 'c' })) as { data: string };
  expect(JSON.parse(got.data)).toMatchObject({ _id: 'c' });
  const upd = (await local.handle('database.updateDocInTransaction', { ...base, _id: 'c', data: '{"$set":{"n":{"$numberInt":"3"}}}' })) as {
    updated: string;
  };
  expect(upd.updated).toBe('{"$numberInt":"1"}');
  const del = (await local.handle('database.deleteDocInTransaction', { ...base, _id: 'gone' })) as { deleted: string };
  expect(del.deleted).toBe('{"$numberInt":"1"}');
  await local.handle('database.commitTransaction', { transactionId });
  expect((await read('c')).n).toBe(3);
  expect(await exists('gone')).toBe(false);
});
