/**
 * A read replica (another connection to a folder, as each function instance of the local server
 * has): it answers reads with what the owner committed, planned with the index flags the owner
 * has turned on since, and hands every write and transaction to the owner.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installSdkBridge, openLocalDatabase, openReadReplica, replicatedDatabase, type LocalDatabase, type ReadReplica } from '../../../local-cloud/db';

const COLLECTIONS = [{ collection: 'tasks', indexes: [{ fields: ['tag'] }, { fields: ['unitId', '-n'] }] }];

let owner: LocalDatabase;
let replica: ReadReplica;
let ownerRequests: string[];
let current: LocalDatabase;
installSdkBridge(() => current);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud = require('wx-server-sdk');
cloud.init({ env: 'local' });
const db = cloud.database();
const _ = db.command;
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replica-'));
  owner = openLocalDatabase({ dir, collections: COLLECTIONS });
  replica = openReadReplica({ dir, collections: COLLECTIONS });
  ownerRequests = [];
  current = replicatedDatabase(replica, (api, data) => {
    ownerRequests.push(api);
    return owner.handle(api, data);
  });
  owner.insertMany('tasks', Array.from({ length: 40 }, (_x, i) => ({ _id: `t${String(i).padStart(2, '0')}`, tag: `k${i % 4}`, unitId: `u${i % 2}`, n: i })));
});
afterEach(() => {
  current.close();
  owner.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id).sort();

test('reads are the replica\'s; writes, and what follows them, reach the owner and are read back', async () => {
  expect(ids(await db.collection('tasks').where({ tag: 'k1' }).get())).toHaveLength(10);
  expect((await db.collection('tasks').where({ unitId: 'u0' }).count()).total).toBe(20);
  expect(ownerRequests).toEqual([]);

  await db.collection('tasks').add({ data: { _id: 'new', tag: 'k1', unitId: 'u0', n: 99 } });
  await db.collection('tasks').where({ tag: 'k2' }).update({ data: { n: _.inc(1000) } });
  expect(ownerRequests).toEqual(['database.insertDocument', 'database.modifyDocument']);

  // Acknowledged means committed: the replica's next snapshot holds both writes.
  expect(ids(await db.collection('tasks').where({ tag: 'k1' }).get())).toContain('new');
  const top = await db.collection('tasks').where({ unitId: 'u0' }).orderBy('n', 'desc').limit(1).get();
  expect(top.data[0]).toMatchObject({ tag: 'k2', n: 1038 });
  expect(ownerRequests).toHaveLength(2);
});

test('the first array under an indexed path, stored by the owner, is found by the replica\'s next read', async () => {
  // Planned on the tag index while no document holds an array there.
  expect(ids(await db.collection('tasks').where({ tag: 'k3' }).get())).toHaveLength(10);
  // The owner's write turns the index's multikey flag on; a replica planning with the flags it
  // loaded before would test json_extract(doc, '$.tag') = 'k3' and miss this document.
  await db.collection('tasks').add({ data: { _id: 'multi', tag: ['k3', 'k9'], unitId: 'u1', n: 7 } });
  const found = ids(await db.collection('tasks').where({ tag: 'k3' }).get());
  expect(found).toHaveLength(11);
  expect(found).toContain('multi');
  expect((await db.collection('tasks').where({ tag: 'k9' }).count()).total).toBe(1);
});

test('transactions and collections the replica did not open are the owner\'s', async () => {
  await db.runTransaction(async (tx: any) => {
    const doc = await tx.collection('tasks').doc('t01').get();
    await tx.collection('tasks').doc('t01').update({ data: { n: doc.data.n + 1 } });
  });
  expect(ownerRequests).toEqual(expect.arrayContaining(['database.startTransaction', 'database.getDocument', 'database.commitTransaction']));
  expect((await db.collection('tasks').doc('t01').get()).data.n).toBe(2);

  await db.createCollection('later');
  await db.collection('later').add({ data: { _id: 'x', v: 1 } });
  ownerRequests = [];
  expect((await db.collection('later').doc('x').get()).data).toMatchObject({ v: 1 });
  expect(ownerRequests).toEqual(['database.getDocument']);
});
