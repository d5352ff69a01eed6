import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** A pushed policy the serving steward is to present to one enterprise; done by recording the promotion. */
export interface PromotionTodoDoc {
  /** `${policyId}:${enterpriseId}`: one to-do per policy and enterprise, however often a push is retried. */
  _id: string;
  policyId: string;
  policyTitle: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it, like the enterprise's other records). */
  stewardId: string;
  createdAt: Date;
  doneAt?: Date;
  promotionId?: string;
}

const todos = repository('promotion_todos');

export const promotionTodoId = (policyId: string, enterpriseId: string) => `${policyId}:${enterpriseId}`;

export const promotionTodoRepo = {
  ...todos,

  /** Adds the to-dos not there yet (a batch retried after a failure adds nothing twice). */
  addMissing: async (db: Database, docs: PromotionTodoDoc[]): Promise<number> => {
    if (!docs.length) return 0;
    const existing = new Set((await todos.of(db).where({ _id: db.command.in(docs.map((d) => d._id)) }).field({ _id: true }).limit(docs.length).get()).data.map((d) => d._id));
    const fresh = docs.filter((d) => !existing.has(d._id));
    await todos.insertMany(db, fresh);
    return fresh.length;
  },

  /** Recording the promotion completes the to-do, once. */
  complete: (db: Database, policyId: string, enterpriseId: string, promotionId: string, at: Date): Promise<number> =>
    todos.updateWhere(db, { _id: promotionTodoId(policyId, enterpriseId), doneAt: db.command.exists(false) }, { doneAt: at, promotionId }),
};
