/**
 * The remote harness's prefixing, checked on the local engine: every way the conformance tests
 * name a collection reaches the prefixed one, so a remote run touches only its throw-away
 * collections. (The remote run itself needs credentials: npm run test:conformance -- --remote.)
 */
import { installSdkBridge, openLocalDatabase, type LocalDatabase } from '../../../local-cloud/db';
import { prefixedDatabase, remoteFacade } from './remote-harness';

const P = 'conformance_test_';
let local: LocalDatabase;
installSdkBridge(() => local);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud = require('wx-server-sdk');
cloud.init({ env: 'local' });
const created = new Set<string>();
const db = prefixedDatabase(cloud.database(), P, created);
const facade = remoteFacade(db);

beforeEach(() => {
  local = openLocalDatabase({ dir: ':memory:', collections: ['orders', 'users', 'items'].map((c) => ({ collection: P + c, indexes: [] })) });
});
afterEach(() => local.close());

test('collection(), the facade and where() reach the prefixed collection only', async () => {
  await facade.insertMany('items', Array.from({ length: 250 }, (_, i) => ({ _id: `i${i}`, i })));
  expect(local.count(`${P}items`)).toBe(250);
  expect(await facade.count('items')).toBe(250);
  expect((await db.collection('items').where({ i: db.command.lt(3) }).count()).total).toBe(3);
  await expect(db.collection('plain').get()).rejects.toMatchObject({ errCode: -502005 });
});

test('aggregate lookup joins the prefixed collection, through chained stages', async () => {
  await facade.insertMany('orders', [{ _id: 'o1', userId: 'u1' }]);
  await facade.insertMany('users', [{ _id: 'u1', name: 'Ann' }]);
  const res = await db.collection('orders').aggregate().match({ _id: 'o1' }).lookup({ from: 'users', localField: 'userId', foreignField: '_id', as: 'user' }).project({ 'user.name': 1 }).end();
  expect(res.list).toEqual([{ _id: 'o1', user: [{ name: 'Ann' }] }]);
});

test('transactions and createCollection use the prefix, and created collections are recorded for dropping', async () => {
  await db.runTransaction(async (tx: any) => tx.collection('items').add({ data: { _id: 'a', n: 1 } }));
  const tx = await db.startTransaction();
  await tx.collection('items').doc('a').update({ data: { n: 2 } });
  await tx.commit();
  expect((await db.collection('items').doc('a').get()).data.n).toBe(2);
  await db.createCollection('fresh');
  expect(created).toEqual(new Set([`${P}fresh`]));
  expect(local.count(`${P}fresh`)).toBe(0);
});

test("the local engine's instruments refuse plainly", () => {
  expect(() => facade.explain()).toThrow(/local engine's own instrument; this test is marked localOnly/);
});
