/**
 * Dispatch of one SDK request (`action` + params, exactly as TcbDBApiHttpRequester.send receives
 * them) to the action functions, wrapped into CloudBase's reply envelope `{ requestId, data }` or
 * its error reply `{ code, message, requestId }`.
 */
import { randomBytes } from 'node:crypto';
import { invalidParam, toErrorReply } from './errors';
import * as ops from './ops';
import type { Transactions } from './transactions';

/** Whether a request belongs to a transaction (the SDK sends an empty or null id outside one). */
const inTransaction = (p: Record<string, unknown>): boolean => p.transactionId !== undefined && p.transactionId !== null && p.transactionId !== '';

export type Handler = (api: string, data: Record<string, unknown> | undefined) => Promise<unknown>;

export function createHandler(ctx: ops.Ctx, txs: Transactions): Handler {
  const prefix = randomBytes(4).toString('hex');
  let seq = 0;
  return async (api, data) => {
    const requestId = `local-${prefix}-${++seq}`;
    const reply = await answer(api, data, requestId).catch((err) => toErrorReply(err, requestId));
    try {
      // No reply before what it wrote — or read — is committed (group-commit.ts).
      await ctx.store.durable();
    } catch (err) {
      return toErrorReply(err, requestId);
    }
    return reply;
  };

  async function answer(api: string, data: Record<string, unknown> | undefined, requestId: string): Promise<unknown> {
    const p = data ?? {};
    const now = Date.now();
    const inTx = inTransaction(p);
    const ok = (body: unknown) => ({ requestId, data: body });
    switch (api) {
      case 'database.getDocument':
        return ok(inTx ? txs.get(p, now) : ops.getDocument(ctx, p, now));
      case 'database.calculateDocument':
        return ok(ops.calculateDocument(ctx, p, now));
      case 'database.insertDocument':
        return ok(inTx ? txs.insert(p, now) : ops.insertDocument(ctx, p, now));
      case 'database.modifyDocument':
        return ok(inTx ? txs.modify(p, now) : ops.modifyDocument(ctx, p, now));
      case 'database.removeDocument':
        return ok(inTx ? txs.remove(p, now) : ops.removeDocument(ctx, p, now));
      case 'database.modifyAndReturnDoc':
        if (inTx) throw invalidParam('transactions support only single-document operations: collection.doc(id)');
        return ok(ops.modifyAndReturnDoc(ctx, p, now));
      case 'database.aggregateDocuments':
        return ok(ops.aggregateDocuments(ctx, p, now));
      case 'database.addCollection':
        return ok(ops.addCollection(ctx, p));
      // The SDK reads transactionId from the top level of this reply, not from data.
      case 'database.startTransaction':
        return { requestId, transactionId: await txs.start() };
      case 'database.commitTransaction':
        txs.commit(p.transactionId);
        return { requestId };
      case 'database.abortTransaction':
        txs.abort(p.transactionId);
        return { requestId };
      case 'database.getInTransaction':
        return { requestId, ...txs.legacyGet(p) };
      case 'database.updateDocInTransaction':
        return { requestId, ...txs.legacyUpdate(p, now) };
      case 'database.deleteDocInTransaction':
        return { requestId, ...txs.legacyDelete(p) };
      default:
        throw invalidParam(`unsupported database action: ${api}`);
    }
  }
}

/** What a read replica serves: reads outside a transaction (openReadReplica). */
const REPLICA_READS: Record<string, (ctx: ops.Ctx, p: Record<string, unknown>, now: number) => unknown> = {
  'database.getDocument': ops.getDocument,
  'database.calculateDocument': ops.calculateDocument,
  'database.aggregateDocuments': ops.aggregateDocuments,
};

/**
 * The reads a replica answers, each in one snapshot of the file, in the reply envelope of
 * createHandler; undefined for every other request (writes, transactions, a collection it does
 * not know), which the database's owner answers.
 */
export function createReadHandler(ctx: ops.Ctx): (api: string, data: Record<string, unknown> | undefined) => unknown {
  const prefix = randomBytes(4).toString('hex');
  let seq = 0;
  return (api, data) => {
    const read = REPLICA_READS[api];
    const p = data ?? {};
    if (!read || inTransaction(p) || typeof p.collectionName !== 'string' || !ctx.store.exists(p.collectionName)) return undefined;
    const requestId = `local-${prefix}-r${++seq}`;
    try {
      return { requestId, data: ctx.store.snapshot(() => read(ctx, p, Date.now())) };
    } catch (err) {
      return toErrorReply(err, requestId);
    }
  };
}
