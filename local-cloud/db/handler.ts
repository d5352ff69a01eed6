/**
 * Dispatch of one SDK request (`action` + params, exactly as TcbDBApiHttpRequester.send receives
 * them) to the action functions, wrapped into CloudBase's reply envelope `{ requestId, data }` or
 * its error reply `{ code, message, requestId }`.
 */
import { randomBytes } from 'node:crypto';
import { invalidParam, toErrorReply } from './errors';
import * as ops from './ops';
import type { Transactions } from './transactions';

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
    const inTx = p.transactionId !== undefined && p.transactionId !== null && p.transactionId !== '';
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
