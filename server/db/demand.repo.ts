import { createHash } from 'node:crypto';
import type { DueStage } from '../../src/core/demand/demand.deadlines';
import { DEMAND_STATUSES, type DemandCategory, type DemandStatus, type Urgency } from '../../src/core/demand/demand.model';
import type { Role } from '../../src/core/roles';
import type { Database, Query } from '../runtime/cloud-types';
import { aggregateOn } from './aggregate';
import { DERIVED_FIELDS, withDerivedFields } from './derived-fields';
import { repository, type Filter, type Patch } from './repository';

/** One line of the timeline the enterprise reads; built only by demand-timeline.ts. */
export interface DemandEventDoc {
  at: Date;
  actorId: string;
  actorName: string;
  actorRole: Role | 'system';
  kind: string;
  text: string;
}

export interface AttachmentDoc {
  fileID: string;
  name: string;
  contentType: string;
  size: number;
}

export interface DemandDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it); submittedBy keeps who submitted. */
  stewardId: string;
  stewardName: string;
  category: DemandCategory;
  title: string;
  description: string;
  urgency: Urgency;
  status: DemandStatus;
  /** The handling department once dispatched. */
  departmentId?: string;
  submittedBy: string;
  onBehalf: boolean;
  /** Optimistic-concurrency counter: every update must match it and increment it. */
  version: number;
  timeline: DemandEventDoc[];
  createdAt: Date;
  updatedAt: Date;
  attachments?: AttachmentDoc[];
  departmentName?: string;
  complexity?: 'simple' | 'complex';
  /** Departments that returned the demand as not theirs. */
  returnedBy?: string[];
  reviewDueAt?: Date;
  dispatchedAt?: Date;
  contactDueAt?: Date;
  firstContactAt?: Date;
  acceptedAt?: Date;
  resolveDueAt?: Date;
  extensions?: Array<{ at: Date; reason: string; previousDueAt?: Date; newDueAt: Date; by: string }>;
  pausedAt?: Date;
  rerouteDueAt?: Date;
  resolvedAt?: Date;
  resolution?: string;
  autoCloseAt?: Date;
  ratings?: Array<{ at: Date; resolved: string; satisfaction: string; comment: string }>;
  callbackDueAt?: Date;
  callbackAt?: Date;
  rectifyDueAt?: Date;
  rectifiedAt?: Date;
  closedAt?: Date;
  closeReason?: 'rated' | 'auto' | 'withdrawn';
  /** Supervision (督办): the stage whose deadline is missed now, misses so far, escalation. */
  overdueStage?: string;
  missedKeys?: string[];
  escalatedAt?: Date;
  /** The running deadline, stored for indexes (see storedDue in src/core/demand/demand.deadlines.ts). */
  dueAt?: Date;
  dueStage?: DueStage;
  /** = dueAt until supervision has recorded this deadline as missed. */
  superviseAt?: Date;
}

const demands = repository('demands');

/** The document as a patch leaves it (a `remove()` command clears its field; steps use no other command). */
const afterPatch = (doc: DemandDoc, patch: Patch<DemandDoc>): DemandDoc => {
  const after: Record<string, unknown> = { ...doc };
  for (const [field, value] of Object.entries(patch)) {
    const operator = (value as { operator?: unknown } | null)?.operator;
    if (operator === undefined) after[field] = value;
    else if (operator === 'remove') delete after[field];
    else throw new Error(`demand steps set values; ${field} has a ${String(operator)} command`);
  }
  return after as unknown as DemandDoc;
};

/** The stored deadline fields for a document as it will be: set, or cleared when none runs. */
const dueFieldsOf = (db: Database, doc: DemandDoc): Patch<DemandDoc> => {
  const due = withDerivedFields('demands', doc);
  return Object.fromEntries(DERIVED_FIELDS.demands.fields.map((f) => [f, due[f] ?? db.command.remove()]));
};

export const demandRepo = {
  ...demands,

  /** A retried submission (same person, same client request id) maps to the same document id. */
  idForRequest: (openid: string, clientRequestId: string): string =>
    createHash('sha256').update(`${openid}\u0000${clientRequestId}`).digest('hex').slice(0, 32),

  /** Insert; when the id already exists (a retry or a concurrent twin), return the stored one. */
  insertOnce: async (db: Database, submitted: DemandDoc): Promise<{ doc: DemandDoc; created: boolean }> => {
    const doc = withDerivedFields('demands', submitted);
    try {
      await demands.insert(db, doc);
      return { doc, created: true };
    } catch (error) {
      const existing = await demands.get(db, doc._id);
      if (existing) return { doc: existing, created: false };
      throw error;
    }
  },

  /**
   * How many demands in each state, within a scope. Closed ones are most of the history, so they are
   * the scope's total (an index count) less the others, which one group-by on the scope's status index
   * counts (CloudBase returns 20 groups unless told otherwise; there are fewer states than that).
   */
  countByStatus: async (db: Database, scope: Record<string, unknown>): Promise<Array<{ _id: DemandStatus; count: number }>> => {
    const notClosed = DEMAND_STATUSES.filter((s) => s !== 'closed');
    const chain = aggregateOn<{ _id: DemandStatus; count: number }>(demands.of(db));
    const [others, total] = await Promise.all([
      chain.match({ ...scope, status: db.command.in(notClosed) }).group({ _id: '$status', count: { $sum: 1 } }).limit(100).end(),
      demands.count(db, scope),
    ]);
    const closed = total - others.list.reduce((sum, g) => sum + g.count, 0);
    return closed > 0 ? [...others.list, { _id: 'closed', count: closed }] : others.list;
  },

  /** Demands, newest first (or by another indexed field), without the long fields lists do not show. */
  listed: (db: Database, filter: Filter<DemandDoc>, [field, direction]: ['createdAt' | 'dueAt', 'asc' | 'desc'] = ['createdAt', 'desc']): Query<DemandDoc> =>
    demands.of(db).where(filter).orderBy(field, direction).field({ description: false, timeline: false }),

  /**
   * Write a step: conditional on the version the caller read, so of two people acting at once
   * the second is refused, never lost. The version moves on, the event joins the timeline, and
   * the running deadline is stored as the step leaves it.
   */
  updateAtVersion: async (db: Database, demand: DemandDoc, patch: Patch<DemandDoc>, event: DemandEventDoc): Promise<boolean> => {
    const _ = db.command;
    const data = { ...patch, ...dueFieldsOf(db, afterPatch(demand, patch)), version: _.inc(1), timeline: _.push([event]) };
    return (await demands.updateWhere(db, { _id: demand._id, version: demand.version }, data)) === 1;
  },

  /**
   * Record a missed deadline once, keyed by stage and due time: a timer that fires twice finds
   * the key already there and changes nothing. Supervision is not a step, so the version stays;
   * the demand leaves the supervision queue (superviseAt) until its next deadline.
   */
  recordMiss: async (db: Database, id: string, key: string, patch: Patch<DemandDoc>, event: DemandEventDoc): Promise<boolean> => {
    const _ = db.command;
    const data = { ...patch, missedKeys: _.push([key]), timeline: _.push([event]), superviseAt: _.remove() };
    return (await demands.updateWhere(db, { _id: id, missedKeys: _.neq(key) }, data)) === 1;
  },

  /** Demands whose running deadline has passed: an exact range on the dueAt indexes (within a scope). */
  overdue: (db: Database, now: Date) => ({ dueAt: db.command.lt(now) }),

  /**
   * Store the running deadline of a demand written before these fields existed (or by hand):
   * conditional on the version read, so a step taken meanwhile (which stores them itself) wins.
   */
  storeDue: async (db: Database, doc: DemandDoc): Promise<boolean> =>
    (await demands.updateWhere(db, { _id: doc._id, version: doc.version }, dueFieldsOf(db, doc))) === 1,
};
