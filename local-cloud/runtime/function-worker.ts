/**
 * One function instance of the local server (see function-pool.ts): a worker thread that loads the
 * bundled functions and runs the invocations it is handed, as a CloudBase instance does. It reads
 * the database through its own connection (a read replica: a snapshot of what is committed); writes
 * and transactions go to the pool's thread, which owns the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openReadReplica, replicatedDatabase } from '../db';
import { environmentCollections } from './environment-collections';
import { LocalCloud } from './local-cloud';
import { plainError, revivedError, type FromWorker, type ToWorker, type WorkerSetup } from './function-pool';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
let nextId = 0;

/** The environment's database: reads from this thread's replica, the rest by message to the pool's thread. */
const database = replicatedDatabase(
  openReadReplica({ dir: setup.dataDir, collections: environmentCollections() }),
  (api, data) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      post({ type: 'db', id, api, data });
    }),
);

const cloud = new LocalCloud({
  dataDir: setup.dataDir,
  functionsDir: setup.functionsDir,
  env: setup.env,
  appid: setup.appid,
  publicUrl: () => setup.publicUrl,
  functionEnv: setup.functionEnv,
  database,
  storageSecret: Buffer.from(setup.storageSecret),
});

port.on('message', (message: ToWorker) => {
  if (message.type === 'db-reply') {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.value);
    else waiting?.reject(revivedError(message.error));
  } else if (message.type === 'invoke') {
    // A function that cannot load throws before it runs: that, too, is this call's failure.
    Promise.resolve().then(() => cloud.invoke(message.name, message.event, message.opts)).then(
      (value) => post({ type: 'result', id: message.id, ok: true, value }),
      (error) => post({ type: 'result', id: message.id, ok: false, error: plainError(error) }),
    );
  }
});
