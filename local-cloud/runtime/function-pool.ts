/**
 * The local server's function instances. CloudBase runs many instances of a function at once, each
 * in its own process, against one database service. Here each instance is a worker thread
 * (function-worker.ts) running the same bundles through the same SDK bridge: it reads through its
 * own connection to the database folder (a read replica, local-cloud/db), and sends writes and
 * transactions to the thread that owns the database. The functions' work and their reads run on
 * both cores, beside the owner's writes, instead of in turn on one.
 *
 * Each invocation goes to the instance with the fewest under way. A cloud without a pool (tests,
 * the bench, the scale generator) runs its functions in its own thread.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { InvokeOptions, LocalCloud } from './local-cloud';

export interface WorkerSetup {
  dataDir: string;
  functionsDir: string;
  env?: string;
  appid?: string;
  publicUrl: string;
  functionEnv: Record<string, string>;
  storageSecret: Uint8Array;
}

interface PlainError {
  message: string;
  errCode?: number;
  code?: string;
}

/** An error as it crosses between threads: its message and the codes callers look at. */
export const plainError = (error: unknown): PlainError => {
  const e = error as Error & { errCode?: number; code?: string };
  return { message: String(e?.message ?? error), errCode: e?.errCode, code: e?.code };
};

/** The error again on the other side. */
export const revivedError = (error: PlainError): Error => Object.assign(new Error(error.message), error);

export type ToWorker =
  | { type: 'invoke'; id: number; name: string; event: unknown; opts: InvokeOptions }
  | { type: 'db-reply'; id: number; ok: true; value: unknown }
  | { type: 'db-reply'; id: number; ok: false; error: PlainError };

export type FromWorker =
  | { type: 'db'; id: number; api: string; data: Record<string, unknown> }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: PlainError };

interface Instance {
  worker: Worker;
  /** Its invocations under way, by id. */
  calls: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
}

/** An instance that dies sooner than this after starting is not started again. */
const RESTART_AFTER_MS = 5_000;

/** The worker's entry: the local cloud is TypeScript, loaded through tsx as in the server's own thread. */
const WORKER_BOOT = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'function-worker.ts'))});`;

export class FunctionPool {
  private readonly instances: Instance[] = [];
  private readonly workerData: WorkerSetup;
  private nextId = 0;
  private closed = false;

  constructor(private readonly cloud: LocalCloud, setup: Omit<WorkerSetup, 'storageSecret'>, size: number) {
    this.workerData = { ...setup, storageSecret: new Uint8Array(cloud.storage.secret) };
    for (let i = 0; i < size; i++) this.instances.push(this.start());
  }

  /** A new instance; one that dies fails its calls under way and is replaced, as CloudBase replaces a crashed instance. */
  private start(): Instance {
    const startedAt = Date.now();
    const instance: Instance = { worker: new Worker(WORKER_BOOT, { eval: true, workerData: this.workerData }), calls: new Map() };
    instance.worker.on('message', (message: FromWorker) => this.onMessage(instance, message));
    instance.worker.on('error', (error) => console.error('[local-cloud] a function instance failed', error));
    instance.worker.on('exit', (code) => {
      for (const { reject } of instance.calls.values()) reject(Object.assign(new Error(`the function instance exited (${code}) during the call`), { errCode: -1 }));
      instance.calls.clear();
      const at = this.instances.indexOf(instance);
      // One that dies as it starts would only die again: the calls go to the others (or fail, with none left).
      if (this.closed || at < 0) return;
      if (Date.now() - startedAt < RESTART_AFTER_MS) this.instances.splice(at, 1);
      else this.instances[at] = this.start();
    });
    return instance;
  }

  private onMessage(instance: Instance, message: FromWorker) {
    if (message.type === 'db') {
      const reply = (m: ToWorker) => instance.worker.postMessage(m);
      this.cloud.engine.handle(message.api, message.data).then(
        (value) => reply({ type: 'db-reply', id: message.id, ok: true, value }),
        (error) => reply({ type: 'db-reply', id: message.id, ok: false, error: plainError(error) }),
      );
    } else if (message.type === 'result') {
      const call = instance.calls.get(message.id);
      instance.calls.delete(message.id);
      if (message.ok) call?.resolve(message.value);
      else call?.reject(revivedError(message.error));
    }
  }

  /** Run one invocation on the least busy instance (LocalCloud.invoke's contract). */
  invoke(name: string, event: unknown, opts: InvokeOptions = {}): Promise<unknown> {
    if (!this.instances.length) return Promise.reject(Object.assign(new Error('no function instance is running (see the errors above)'), { errCode: -1 }));
    const instance = this.instances.reduce((a, b) => (b.calls.size < a.calls.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      instance.calls.set(id, { resolve, reject });
      // The instance's LocalCloud.invoke passes the event through JSON, as CloudBase's wire does.
      instance.worker.postMessage({ type: 'invoke', id, name, event, opts } satisfies ToWorker);
    });
  }

  async close() {
    this.closed = true;
    await Promise.all(this.instances.map(({ worker }) => worker.terminate()));
  }
}
