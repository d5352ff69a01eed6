import type { z } from 'zod';
import type { enterpriseCreateInput } from '../../src/core/contracts/org.contracts';
import { cadenceDueDates } from '../../src/core/contact/cadence';
import { AppError } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { isDuplicateKey } from './duplicate-key';
import { fetchAll } from './paging';
import { repository, type Patch } from './repository';

/** What the district enters for an enterprise (name, credit code, industry, address, unit, tags, cadences). */
type EnterpriseFields = Omit<z.output<typeof enterpriseCreateInput>, 'stewardId'>;

/** Dates are stored as Date objects (CloudBase keeps them as dates). */
export interface EnterpriseDoc extends EnterpriseFields {
  _id: string;
  /** '' while no steward is assigned. */
  stewardId: string;
  /** Kept beside stewardId so lists and demands need no second read; updated on handover. */
  stewardName: string;
  location?: { latitude: number; longitude: number };
  status: 'active' | 'removed';
  /** Latest contact of any kind and latest on-site visit, kept here for the cadence screens. */
  lastContactAt?: Date;
  lastVisitAt?: Date;
  /**
   * The earlier of the next contact's and the next visit's due date (cadenceDueDates), stored so
   * overdue enterprises are found through an index. Written with the fields it derives from.
   */
  cadenceDueAt?: Date;
  /** 无事不扰: how and when the enterprise prefers to be contacted. */
  preferences?: { channels: string[]; quietPeriods: string; note: string; updatedAt: Date };
  removedAt?: Date;
  removedReason?: string;
  /** The handover that last moved it: of two racing handovers, the one named here won it. */
  handoverId?: string;
  /** The Excel import that created it, so a failed import can be taken out again. */
  importId?: string;
  createdAt: Date;
  updatedAt?: Date;
}

const enterprises = repository('enterprises');

/** The unique index on creditCode refuses a second enterprise with the same code. */
export const isDuplicateCreditCode = isDuplicateKey;

/** What the stored due date derives from. */
type CadenceFields = Pick<EnterpriseDoc, 'lastContactAt' | 'lastVisitAt' | 'contactCadenceDays' | 'visitCadenceDays'>;
const CADENCE_FIELDS = ['lastContactAt', 'lastVisitAt', 'contactCadenceDays', 'visitCadenceDays'] as const;

const cadenceDueOf = (e: CadenceFields & Pick<EnterpriseDoc, 'createdAt'>): Date => cadenceDueDates({ ...e, since: e.createdAt }).nextDueAt;
const withCadenceDue = (doc: EnterpriseDoc): EnterpriseDoc => ({ ...doc, cadenceDueAt: cadenceDueOf(doc) });

/** The fields the due date derives from, as read: a write conditional on them loses to one made meanwhile. */
const asRead = (db: Database, e: EnterpriseDoc) =>
  Object.fromEntries(CADENCE_FIELDS.map((f) => [f, e[f] ?? db.command.exists(false)]));

/** Tries of a conditional cadence write before it gives up (each re-reads the enterprise). */
const CADENCE_TRIES = 3;

export const enterpriseRepo = {
  ...enterprises,

  insert: (db: Database, doc: EnterpriseDoc): Promise<void> => enterprises.insert(db, withCadenceDue(doc)),
  insertMany: (db: Database, docs: EnterpriseDoc[]): Promise<void> => enterprises.insertMany(db, docs.map(withCadenceDue)),

  /**
   * Changes what the cadence derives from (a contact recorded, a cadence set) and the stored due
   * date with it, conditional on those fields as read: of two writes at once, the second reads the
   * first's result and applies its change on top. `change` answers the patch, or null for none.
   */
  updateCadence: async (db: Database, id: string, change: (e: EnterpriseDoc) => (Partial<CadenceFields> & Patch<EnterpriseDoc>) | null): Promise<EnterpriseDoc | null> => {
    for (let tries = 0; tries < CADENCE_TRIES; tries++) {
      const current = await enterprises.get(db, id);
      if (!current) return null;
      const patch = change(current);
      if (!patch) return current;
      const next = { ...current, ...patch } as EnterpriseDoc;
      if ((await enterprises.updateWhere(db, { _id: id, ...asRead(db, current) }, { ...patch, cadenceDueAt: cadenceDueOf(next) })) === 1) return { ...next, cadenceDueAt: cadenceDueOf(next) };
    }
    throw new AppError('CONFLICT');
  },

  /**
   * Stores the due date on enterprises written before it was kept (or by hand), a batch at a time;
   * conditional on the fields as read, so a contact recorded meanwhile keeps its own.
   */
  storeMissingCadenceDue: async (db: Database, batch: number): Promise<number> => {
    const { data } = await enterprises.of(db).where({ cadenceDueAt: db.command.exists(false) }).limit(batch).get();
    let stored = 0;
    for (const e of data) stored += await enterprises.updateWhere(db, { _id: e._id, cadenceDueAt: db.command.exists(false), ...asRead(db, e) }, { cadenceDueAt: cadenceDueOf(e) });
    return stored;
  },

  findByCreditCode: async (db: Database, creditCode: string): Promise<EnterpriseDoc | null> =>
    (await enterprises.of(db).where({ creditCode }).limit(1).get()).data[0] ?? null,

  /**
   * Move a latest-contact date forward, never back: the condition is in the write, so of two
   * contacts recorded at once the later date stays whichever is written last.
   */
  raiseLatest: async (db: Database, id: string, field: 'lastContactAt' | 'lastVisitAt', at: Date): Promise<void> => {
    const _ = db.command;
    await enterprises.updateWhere(db, _.and([{ _id: id }, _.or([{ [field]: _.exists(false) }, { [field]: _.lt(at) }])]), { [field]: at });
  },

  /**
   * Active enterprises a policy may match (industry and tags narrowed in the query, the exact rule
   * applied by the caller), ordered by steward then id, after the given steward: one push batch.
   */
  policyBatch: async (db: Database, policy: { industries: string[]; tags: string[] }, afterStewardId: string | undefined, limit: number, onlySteward?: string): Promise<EnterpriseDoc[]> => {
    const _ = db.command;
    const filter: Record<string, unknown> = { status: 'active' };
    if (policy.industries.length) filter.industry = _.in(policy.industries);
    if (onlySteward !== undefined) filter.stewardId = onlySteward;
    else if (afterStewardId !== undefined) filter.stewardId = _.gt(afterStewardId);
    const where = policy.tags.length ? _.and([filter, _.or([{ tags: _.in(policy.tags) }, { industry: _.in(policy.tags) }])]) : filter;
    const query = enterprises.of(db).where(where).orderBy('stewardId', 'asc').orderBy('_id', 'asc');
    return onlySteward !== undefined ? fetchAll(query) : (await query.limit(limit).get()).data;
  },

  /** Every credit code on the list (an import checks its rows against them). */
  creditCodes: async (db: Database): Promise<Set<string>> =>
    new Set((await fetchAll(enterprises.of(db).field({ creditCode: true }))).map((e) => e.creditCode)),
};
