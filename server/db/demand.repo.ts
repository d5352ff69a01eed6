import { createHash } from 'node:crypto';
import type { MaterialsMilestone } from '../../src/core/demand/demand.deadlines';
import type { CloseReason, DemandCategory, DemandStatus, Urgency } from '../../src/core/demand/demand.model';
import type { Role } from '../../src/core/roles';
import type { Database, Query } from '../runtime/cloud-types';
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
  /** When the department asked for materials (the resolve clock stops until they come). */
  pausedAt?: Date;
  /** The next milestone of the wait for materials and when it passes (indexed: the hourly job reads it). */
  materialsMilestone?: MaterialsMilestone;
  materialsDueAt?: Date;
  /** The wait ran out: the department may resolve with what it has. */
  materialsLapsedAt?: Date;
  rerouteDueAt?: Date;
  resolvedAt?: Date;
  resolution?: string;
  autoCloseAt?: Date;
  ratings?: Array<{ at: Date; resolved: string; satisfaction: string; comment: string }>;
  callbackDueAt?: Date;
  callbackAt?: Date;
  rectifyDueAt?: Date;
  rectifiedAt?: Date;
  /** A bad review after rectification: the district decides by then. */
  decideDueAt?: Date;
  closedAt?: Date;
  closeReason?: CloseReason;
  /** The district's reason for closing as unresolved. */
  closeNote?: string;
  /** Supervision (督办): the stage whose deadline is missed now, misses so far, escalation. */
  overdueStage?: string;
  missedKeys?: string[];
  escalatedAt?: Date;
}

const demands = repository('demands');

/** The aggregation calls used here; the SDK's own typings mix in callback overloads. */
interface AggregateChain {
  match(q: object): AggregateChain;
  group(g: object): AggregateChain;
  end(): Promise<{ list: Array<{ _id: DemandStatus; count: number }> }>;
}

export const demandRepo = {
  ...demands,

  /** A retried submission (same person, same client request id) maps to the same document id. */
  idForRequest: (openid: string, clientRequestId: string): string =>
    createHash('sha256').update(`${openid}\u0000${clientRequestId}`).digest('hex').slice(0, 32),

  /** Insert; when the id already exists (a retry or a concurrent twin), return the stored one. */
  insertOnce: async (db: Database, doc: DemandDoc): Promise<{ doc: DemandDoc; created: boolean }> => {
    try {
      await demands.insert(db, doc);
      return { doc, created: true };
    } catch (error) {
      const existing = await demands.get(db, doc._id);
      if (existing) return { doc: existing, created: false };
      throw error;
    }
  },

  /** How many demands in each state, within a scope (one aggregation). */
  countByStatus: async (db: Database, filter: Filter<DemandDoc>): Promise<Array<{ _id: DemandStatus; count: number }>> => {
    const chain = demands.of(db).aggregate() as AggregateChain;
    return (await chain.match(filter).group({ _id: '$status', count: { $sum: 1 } }).end()).list;
  },

  /** Demands, newest first, without the long fields lists do not show. */
  listed: (db: Database, filter: Filter<DemandDoc>): Query<DemandDoc> =>
    demands.of(db).where(filter).orderBy('createdAt', 'desc').field({ description: false, timeline: false }),

  /**
   * Write a step: conditional on the version the caller read, so of two people acting at once
   * the second is refused, never lost. The version moves on and the event joins the timeline.
   */
  updateAtVersion: async (db: Database, demand: Pick<DemandDoc, '_id' | 'version'>, patch: Patch<DemandDoc>, event: DemandEventDoc): Promise<boolean> => {
    const _ = db.command;
    const data = { ...patch, version: _.inc(1), timeline: _.push([event]) };
    return (await demands.updateWhere(db, { _id: demand._id, version: demand.version }, data)) === 1;
  },

  /** Demands in the given states after `cursor` in id order: a pass over them that can stop and resume. */
  afterCursor: async (db: Database, statuses: readonly DemandStatus[], cursor: string, limit: number): Promise<DemandDoc[]> =>
    (await demands.of(db).where({ status: db.command.in([...statuses]), _id: db.command.gt(cursor) }).orderBy('_id', 'asc').limit(limit).get()).data,

  /** Waits for materials whose next milestone has passed, earliest first (index on materialsDueAt). */
  materialsDue: async (db: Database, now: Date, limit: number): Promise<DemandDoc[]> =>
    (await demands.of(db).where({ materialsDueAt: db.command.lt(now), status: 'waiting_enterprise' }).orderBy('materialsDueAt', 'asc').limit(limit).get()).data,

  /**
   * Move a wait for materials past its milestones, once: conditional on the milestone read, so a
   * timer that fires twice, or materials arriving meanwhile, leave the demand as it is.
   */
  passMaterialsMilestones: async (db: Database, d: Pick<DemandDoc, '_id' | 'materialsMilestone' | 'materialsDueAt'>, patch: Patch<DemandDoc>, events: DemandEventDoc[]): Promise<boolean> => {
    const where = { _id: d._id, status: 'waiting_enterprise', materialsMilestone: d.materialsMilestone, materialsDueAt: d.materialsDueAt };
    const data = events.length ? { ...patch, timeline: db.command.push(events) } : patch;
    return (await demands.updateWhere(db, where, data)) === 1;
  },

  /**
   * Record a missed deadline once, keyed by stage and due time: a timer that fires twice finds
   * the key already there and changes nothing. Supervision is not a step, so the version stays.
   */
  recordMiss: async (db: Database, id: string, key: string, patch: Patch<DemandDoc>, event: DemandEventDoc): Promise<boolean> => {
    const _ = db.command;
    return (await demands.updateWhere(db, { _id: id, missedKeys: _.neq(key) }, { ...patch, missedKeys: _.push([key]), timeline: _.push([event]) })) === 1;
  },
};
