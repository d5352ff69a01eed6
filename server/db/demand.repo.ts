import { createHash } from 'node:crypto';
import type { DueStage, MaterialsMilestone } from '../../src/core/demand/demand.deadlines';
import { OPEN_DEMAND_STATUSES, type CloseReason, type DemandCategory, type DemandStatus, type Urgency } from '../../src/core/demand/demand.model';
import type { Role } from '../../src/core/roles';
import type { Database, Query } from '../runtime/cloud-types';
import { aggregateOn } from './aggregate';
import { derivedPatch, withDerivedFields } from './derived-fields';
import type { FactsStamp } from './facts-stamp';
import { repository, type Filter, type Patch } from './repository';

/** One line of the timeline the enterprise reads; built only by demand-timeline.ts. */
export interface DemandEventDoc {
  at: Date;
  actorId: string;
  actorName: string;
  actorRole: Role | 'system';
  kind: string;
  text: string;
  /** `rectification_ordered` to another department: the department it was taken from (the figures credit its earlier stages to it). */
  fromDepartmentId?: string;
}

export interface AttachmentDoc {
  fileID: string;
  name: string;
  contentType: string;
  size: number;
}

export interface DemandDoc extends FactsStamp {
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
  /** The running deadline, stored for indexes (see storedDue in src/core/demand/demand.deadlines.ts). */
  dueAt?: Date;
  dueStage?: DueStage;
  /** = dueAt until supervision has recorded this deadline as missed. */
  superviseAt?: Date;
  /** When a 非常满意 rating closed it: a model-case candidate (exemplaryAt in src/core/demand/satisfaction.ts). */
  exemplaryAt?: Date;
  /** While open: the similarity signature (LSH band keys) that finds demands asking the same thing. */
  similarity?: { version: number; bands: string[] };
  /** While open and like others: its group of similar demands. */
  similarGroupId?: string;
}

const demands = repository('demands');

/** The stored deadline fields for a document as it will be: set, or cleared when none runs. */
const dueFieldsOf = (db: Database, doc: DemandDoc): Patch<DemandDoc> => derivedPatch(db, 'demands', doc) as Patch<DemandDoc>;

/** What a demand's list row shows (toDemandSummary in actions/demand.view.ts): its words, parties and running deadline. */
export const DEMAND_SUMMARY_FIELDS = [
  'title', 'category', 'urgency', 'status', 'enterpriseId', 'enterpriseName', 'createdAt', 'onBehalf', 'departmentName', 'stewardName', 'escalatedAt',
  'reviewDueAt', 'contactDueAt', 'firstContactAt', 'resolveDueAt', 'rerouteDueAt', 'callbackDueAt', 'callbackAt', 'rectifyDueAt', 'decideDueAt',
] as const satisfies ReadonlyArray<keyof DemandDoc>;
export type DemandSummaryDoc = Pick<DemandDoc, '_id' | (typeof DEMAND_SUMMARY_FIELDS)[number]>;
const SUMMARY_PROJECTION = Object.fromEntries(DEMAND_SUMMARY_FIELDS.map((f) => [f, true]));

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
   * How many open demands in each state, within a scope: one group-by on the scope's status index
   * over the open states only, so the closed history (most of a scope's demands, growing every
   * year) is never counted (CloudBase returns 20 groups unless told otherwise; there are fewer states).
   */
  countOpenByStatus: async (db: Database, scope: Record<string, unknown>): Promise<Array<{ _id: DemandStatus; count: number }>> =>
    (await aggregateOn<{ _id: DemandStatus; count: number }>(demands.of(db)).match({ ...scope, status: db.command.in([...OPEN_DEMAND_STATUSES]) }).group({ _id: '$status', count: { $sum: 1 } }).limit(100).end()).list,

  /**
   * Demands, newest first (or by another indexed field), with only what a list row shows: a third
   * of a demand's fields, so each row costs the engine and the SDK a third as much to carry.
   */
  listed: (db: Database, filter: Filter<DemandDoc>, [field, direction]: ['createdAt' | 'dueAt' | 'escalatedAt', 'asc' | 'desc'] = ['createdAt', 'desc']): Query<DemandSummaryDoc> =>
    demands.of(db).where(filter).orderBy(field, direction).field(SUMMARY_PROJECTION) as unknown as Query<DemandSummaryDoc>,

  /** Demands whose running deadline has passed: an exact range on the dueAt indexes (within a scope). */
  overdue: (db: Database, now: Date) => ({ dueAt: db.command.lt(now) }),

  /**
   * Store the running deadline of a demand written before these fields existed (or by hand):
   * conditional on the version and the figures' revision read, so any write meanwhile (a step,
   * supervision, a re-evaluation: each stores them itself, see demand-writes.ts) wins. These
   * fields count in no figure, so the revision stays.
   */
  storeDue: async (db: Database, doc: DemandDoc): Promise<boolean> =>
    (await demands.updateWhere(db, { _id: doc._id, version: doc.version, factsRev: doc.factsRev ?? db.command.exists(false) }, dueFieldsOf(db, doc))) === 1,

  /** Open demands among candidates, with what the similarity check reads. */
  openAmong: async (db: Database, ids: readonly string[]): Promise<Array<Pick<DemandDoc, '_id' | 'title' | 'description' | 'similarGroupId'>>> =>
    ids.length
      ? (await demands.of(db).where({ _id: db.command.in([...ids]), status: db.command.in(OPEN_DEMAND_STATUSES) }).field({ title: true, description: true, similarGroupId: true }).limit(1000).get()).data
      : [],

  /** Point demands at their similarity group (a field no step reads: no version or revision moves). */
  pointAtGroup: async (db: Database, ids: readonly string[], groupId: string): Promise<void> => {
    for (let i = 0; i < ids.length; i += 500) {
      await demands.updateWhere(db, { _id: db.command.in(ids.slice(i, i + 500)), similarGroupId: db.command.neq(groupId) }, { similarGroupId: groupId });
    }
  },

  /** Demands in the given states after `cursor` in id order: a pass over them that can stop and resume. */
  afterCursor: async (db: Database, statuses: readonly DemandStatus[], cursor: string, limit: number): Promise<DemandDoc[]> =>
    (await demands.of(db).where({ status: db.command.in([...statuses]), _id: db.command.gt(cursor) }).orderBy('_id', 'asc').limit(limit).get()).data,

  /** Waits for materials whose next milestone has passed, earliest first (index on materialsDueAt). */
  materialsDue: async (db: Database, now: Date, limit: number): Promise<DemandDoc[]> =>
    (await demands.of(db).where({ materialsDueAt: db.command.lt(now), status: 'waiting_enterprise' }).orderBy('materialsDueAt', 'asc').limit(limit).get()).data,

  /**
   * A line on an open demand's timeline that is no lifecycle step (the district's answer to a
   * group), once: a demand whose timeline has a line with the same words already is left alone.
   * No version moves.
   */
  appendEventOnce: async (db: Database, id: string, event: DemandEventDoc): Promise<boolean> =>
    (await demands.of(db).where({ _id: id, status: db.command.in(OPEN_DEMAND_STATUSES), 'timeline.text': db.command.neq(event.text) }).update({ data: { timeline: db.command.push([event]), updatedAt: event.at } })).stats.updated === 1,

  /** A few fields of demands by id, looked up on the primary key (the caller orders them). */
  previews: async (db: Database, ids: readonly string[]): Promise<DemandPreview[]> =>
    ids.length
      ? (await demands.of(db).where({ _id: db.command.in([...ids]) }).field({ title: true, enterpriseName: true, unitId: true, status: true, createdAt: true }).limit(1000).get()).data
      : [],
};

export type DemandPreview = Pick<DemandDoc, '_id' | 'title' | 'enterpriseName' | 'unitId' | 'status' | 'createdAt'>;
