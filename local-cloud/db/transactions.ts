/**
 * Transactions as CloudBase offers them: single-document operations (doc(id).get/set/update/remove
 * and add) whose writes are buffered, visible to the transaction's own reads, and written in one
 * SQLite transaction on commit.
 *
 * Isolation: transactions of one database run one at a time (an async mutex held from start to
 * commit/abort), and commit re-checks every document the transaction touched against the version
 * it first saw, so a plain (non-transactional) write in between makes the commit fail with
 * DATABASE_TRANSACTION_CONFLICT — the code the SDK's runTransaction retries on.
 */
import { randomBytes } from 'node:crypto';
import { decodeStored, encodeReply, encodeReplyDoc, parseRequest, type Doc } from './codec';
import { duplicateKey, invalidParam, transactionConflict } from './errors';
import { applyModify } from './modify';
import { filterOf, withId, type Ctx, type Params } from './ops';
import { EVERY_DOCUMENT } from './projection';
import { keyOf } from './planner';
import { Mutex } from './mutex';

interface Entry {
  coll: string;
  key: string;
  /** Stored text when first touched (null: absent); commit fails if it changed meanwhile. */
  base: string | null;
  doc: Doc | null;
  dirty: boolean;
}

interface Tx {
  entries: Map<string, Entry>;
  timer: NodeJS.Timeout;
}

export class Transactions {
  private readonly mutex = new Mutex();
  private readonly active = new Map<string, Tx>();

  constructor(
    private readonly ctx: Ctx,
    private readonly timeoutMs: number,
  ) {}

  async start(): Promise<string> {
    await this.mutex.acquire(this.timeoutMs, () => transactionConflict('timed out waiting for another transaction'));
    const id = randomBytes(12).toString('hex');
    // A transaction nobody ends (startTransaction without commit/rollback) must not block forever.
    const timer = setTimeout(() => this.end(id), this.timeoutMs);
    timer.unref();
    this.active.set(id, { entries: new Map(), timer });
    return id;
  }

  /** Discard a transaction and let the next one in. */
  end(id: string): void {
    const tx = this.active.get(id);
    if (!tx) return;
    clearTimeout(tx.timer);
    this.active.delete(id);
    this.mutex.release();
  }

  endAll(): void {
    for (const id of [...this.active.keys()]) this.end(id);
  }

  private tx(id: unknown): Tx {
    const tx = this.active.get(String(id));
    if (!tx) throw transactionConflict(`transaction ${String(id)} is not active (committed, aborted or timed out)`);
    return tx;
  }

  private entry(tx: Tx, coll: unknown, id: unknown): Entry {
    this.ctx.store.indexes(coll); // collection must exist
    const key = keyOf(id);
    const k = `${String(coll)}\u0001${key}`;
    let e = tx.entries.get(k);
    if (!e) {
      const base = this.ctx.store.getRaw(coll as string, key) ?? null;
      e = { coll: coll as string, key, base, doc: base === null ? null : decodeStored(base), dirty: false };
      tx.entries.set(k, e);
    }
    return e;
  }

  /** The _id of a doc(id) request; anything else is outside what CloudBase transactions support. */
  private docId(p: Params, now: number): string | number {
    const filter = filterOf(p, now);
    const keys = Object.keys(filter);
    const id = filter._id;
    if (p.queryType !== 'DOC' || keys.length !== 1 || (typeof id !== 'string' && typeof id !== 'number')) {
      throw invalidParam('transactions support only single-document operations: collection.doc(id)');
    }
    return id;
  }

  get(p: Params, now: number) {
    const e = this.entry(this.tx(p.transactionId), p.collectionName, this.docId(p, now));
    if (!e.doc) return { list: [] };
    const projection = parseRequest(p.projection, now) as Doc | undefined;
    const doc = projection ? EVERY_DOCUMENT.find<Doc>([e.doc], projection).all()[0] : e.doc;
    return { list: [encodeReplyDoc(doc)] };
  }

  modify(p: Params, now: number) {
    const id = this.docId(p, now);
    const e = this.entry(this.tx(p.transactionId), p.collectionName, id);
    const data = parseRequest(p.data, now) as Doc;
    const merge = p.merge !== false;
    if (e.doc) {
      e.doc = applyModify(e.doc, data, merge);
      e.dirty = true;
      return { updated: 1 };
    }
    if (p.upsert !== true) return { updated: 0 };
    e.doc = applyModify({ _id: id }, data, merge);
    e.dirty = true;
    return { updated: 0, upsert_id: id };
  }

  remove(p: Params, now: number) {
    const e = this.entry(this.tx(p.transactionId), p.collectionName, this.docId(p, now));
    if (!e.doc) return { deleted: 0 };
    e.doc = null;
    e.dirty = true;
    return { deleted: 1 };
  }

  insert(p: Params, now: number) {
    const tx = this.tx(p.transactionId);
    const items = Array.isArray(p.data) ? p.data : [p.data];
    const ids: unknown[] = [];
    for (const item of items) {
      const doc = withId(this.ctx, parseRequest(item, now));
      const e = this.entry(tx, p.collectionName, doc._id);
      if (e.doc) throw duplicateKey(e.coll, '_id_', JSON.stringify({ _id: doc._id }));
      e.doc = doc;
      e.dirty = true;
      ids.push(doc._id);
    }
    return { insertedIds: ids };
  }

  commit(id: unknown): void {
    const tx = this.tx(id);
    const { store } = this.ctx;
    try {
      store.grouped(() => {
        for (const e of tx.entries.values()) {
          if ((store.getRaw(e.coll, e.key) ?? null) !== e.base) {
            throw transactionConflict(`document ${e.key} in ${e.coll} was changed outside the transaction`);
          }
        }
        for (const e of tx.entries.values()) {
          if (!e.dirty) continue;
          if (e.doc === null) {
            if (e.base !== null) store.delete(e.coll, e.key);
          } else if (e.base === null) store.insert(e.coll, e.doc);
          else store.replace(e.coll, e.doc);
        }
      });
    } finally {
      this.end(String(id));
    }
  }

  abort(id: unknown): void {
    this.tx(id);
    this.end(String(id));
  }

  // The older transaction API of @cloudbase/database (dist/commonjs/transaction.js) sends these.
  legacyGet(p: Params) {
    const e = this.entry(this.tx(p.transactionId), p.collectionName, p._id);
    return { data: encodeReplyDoc(e.doc) };
  }

  legacyUpdate(p: Params, now: number) {
    const e = this.entry(this.tx(p.transactionId), p.collectionName, p._id);
    const data = parseRequest(p.data, now) as Doc;
    const merge = Object.keys(data).some((k) => k.startsWith('$'));
    if (!e.doc && !(p.upsert === true && !merge)) return { updated: encodeReply(0), upserted: null };
    const created = !e.doc;
    e.doc = applyModify(e.doc ?? { _id: p._id }, data, merge);
    e.dirty = true;
    return { updated: encodeReply(created ? 0 : 1), upserted: created ? JSON.stringify([{ _id: p._id }]) : null };
  }

  legacyDelete(p: Params) {
    const e = this.entry(this.tx(p.transactionId), p.collectionName, p._id);
    const deleted = e.doc ? 1 : 0;
    if (e.doc) {
      e.doc = null;
      e.dirty = true;
    }
    return { deleted: encodeReply(deleted) };
  }
}

