import { createHash } from 'node:crypto';
import type { RectificationSource, RectificationStatus } from '../../src/core/rectification/rectification.model';
import type { Database } from '../runtime/cloud-types';
import type { AttachmentDoc } from './demand.repo';
import { isDuplicateKey } from './duplicate-key';
import { repository, type Patch } from './repository';

export interface MeasureDoc {
  id: string;
  text: string;
  owner: string;
  /** YYYY-MM-DD (Shanghai) as written, and the end of that day, which supervision compares with. */
  dueDate: string;
  dueAt: Date;
  doneAt?: Date;
  evidence?: { text: string; attachments: AttachmentDoc[]; by: string; byName: string };
}

export interface RectificationEventDoc {
  at: Date;
  by: string;
  byName: string;
  text: string;
}

/** A unit's rectification plan (整改方案) answering one interview, assessment result or spot check. */
export interface RectificationPlanDoc {
  _id: string;
  unitId: string;
  unitName: string;
  source: RectificationSource;
  /** `kind:id` of the source, flat for its index. */
  sourceKey: string;
  status: RectificationStatus;
  /** Bumped by every write; every write is conditional on the version it read. */
  version: number;
  requestedAt: Date;
  /** When the plan must be submitted (moved on by a return). */
  dueAt: Date;
  measures: MeasureDoc[];
  submittedAt?: Date;
  returnReason?: string;
  acceptedAt?: Date;
  completedAt?: Date;
  history: RectificationEventDoc[];
  /** Supervision keys already told (src/core/rectification/rectification.supervision.ts). */
  supervised: string[];
  /** The next moment supervision has something to tell; absent when nothing can become overdue. */
  superviseAt?: Date;
}

export const sourceKeyOf = (source: Pick<RectificationSource, 'kind' | 'id'>): string => `${source.kind}:${source.id}`;

const plans = repository('rectification_plans');

export const rectificationPlanRepo = {
  ...plans,

  /** One plan per source and unit: asking again finds the same one. */
  idFor: (source: Pick<RectificationSource, 'kind' | 'id'>, unitId: string): string =>
    createHash('sha256').update(`rectification\u0000${source.kind}\u0000${source.id}\u0000${unitId}`).digest('hex').slice(0, 32),

  insertOnce: async (db: Database, doc: RectificationPlanDoc): Promise<{ doc: RectificationPlanDoc; created: boolean }> => {
    try {
      await plans.insert(db, doc);
      return { doc, created: true };
    } catch (error) {
      const existing = await plans.get(db, doc._id);
      if (existing) return { doc: existing, created: false };
      if (isDuplicateKey(error)) throw new Error('rectification plan vanished after a duplicate insert');
      throw error;
    }
  },

  /** A write that lands only on the version read; answers whether it did. */
  updateAt: async (db: Database, plan: Pick<RectificationPlanDoc, '_id' | 'version'>, patch: Patch<RectificationPlanDoc>): Promise<boolean> =>
    (await plans.updateWhere(db, { _id: plan._id, version: plan.version }, { ...patch, version: plan.version + 1 })) === 1,

  /** Plans with something for supervision to tell by now (indexed on superviseAt). */
  dueForSupervision: async (db: Database, now: Date, limit = 200): Promise<RectificationPlanDoc[]> =>
    (await plans.of(db).where({ superviseAt: db.command.lt(now) }).orderBy('superviseAt', 'asc').limit(limit).get()).data,

  /** The plans answering one source (say an interview), for the page that made the request. */
  ofSource: (db: Database, kind: RectificationSource['kind'], sourceId: string): Promise<RectificationPlanDoc[]> =>
    plans.all(db, { sourceKey: sourceKeyOf({ kind, id: sourceId }) }),
};
