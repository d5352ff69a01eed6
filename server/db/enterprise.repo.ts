import type { z } from 'zod';
import type { enterpriseCreateInput } from '../../src/core/contracts/org.contracts';
import { dueSoonUntil, type CadenceState } from '../../src/core/contact/cadence';
import { AppError } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { aggregateOn } from './aggregate';
import { withDerivedFields } from './derived-fields';
import { isDuplicateKey } from './duplicate-key';
import { enterpriseNameRepo } from './enterprise-name.repo';
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
   * The earlier of the next contact's and the next visit's due date (cadenceDueAt in core), stored so
   * due and overdue enterprises are found through an index; written with the fields it derives from
   * (derived-fields.ts), by every write of them.
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

/** The fields the stored due date derives from (besides createdAt, which never changes). */
const CADENCE_FIELDS = ['lastContactAt', 'lastVisitAt', 'contactCadenceDays', 'visitCadenceDays'] as const;

/** The fields cadenceDueAt follows from, as read: a write conditional on them loses to one made meanwhile. */
const cadenceInputsAsRead = (db: Database, e: EnterpriseDoc) =>
  Object.fromEntries(CADENCE_FIELDS.map((f) => [f, e[f] ?? db.command.exists(false)]));

const withCadenceDue = (doc: EnterpriseDoc): EnterpriseDoc => withDerivedFields('enterprises', doc);

/** Attempts of a cadence-aware update before giving up on a busy enterprise (each re-reads it). */
const ATTEMPTS = 5;

export const enterpriseRepo = {
  ...enterprises,

  /** Every insert stores the due date with the enterprise, after the entries that make its name searchable. */
  insert: async (db: Database, doc: EnterpriseDoc): Promise<void> => {
    await enterpriseNameRepo.index(db, [doc]);
    await enterprises.insert(db, withCadenceDue(doc));
  },
  insertMany: async (db: Database, docs: EnterpriseDoc[]): Promise<void> => {
    await enterpriseNameRepo.index(db, docs);
    await enterprises.insertMany(db, docs.map(withCadenceDue));
  },

  /**
   * Change an enterprise and store its cadenceDueAt as the change leaves it, conditional on the
   * cadence inputs read: when another write changed them meanwhile, read again and redo (`change`
   * answers null when there is nothing to write), so of two writes at once the second applies its
   * change on top of the first's. `first` is the caller's own fresh read, used once.
   */
  updateWithDue: async (db: Database, first: EnterpriseDoc, change: (e: EnterpriseDoc) => Patch<EnterpriseDoc> | null): Promise<EnterpriseDoc> => {
    let current: EnterpriseDoc | null = first;
    for (let attempt = 0; attempt < ATTEMPTS && current; attempt++) {
      const patch = change(current);
      if (!patch) return current;
      const after = withCadenceDue({ ...current, ...patch } as EnterpriseDoc);
      // A new name is searchable before it is stored; the old name's entries go once it is.
      const renamed = after.name !== current.name;
      if (renamed) await enterpriseNameRepo.index(db, [after]);
      const data = { ...patch, cadenceDueAt: after.cadenceDueAt };
      if ((await enterprises.updateWhere(db, { _id: current._id, ...cadenceInputsAsRead(db, current) }, data)) === 1) {
        // Kept: the entries of the name stored now (read again: a rename meanwhile may have won).
        const stored = renamed ? await enterprises.get(db, current._id) : null;
        if (stored) await enterpriseNameRepo.removeOtherNames(db, stored);
        return after;
      }
      current = await enterprises.get(db, first._id);
    }
    if (!current) throw new AppError('NOT_FOUND', '企业不存在');
    throw new AppError('CONFLICT', '企业信息刚刚被他人更新，请稍后重试');
  },

  /** A batch of names in _id order after a cursor (the name index's backfill). */
  namesAfter: async (db: Database, after: string, size: number): Promise<Array<Pick<EnterpriseDoc, '_id' | 'name' | 'unitId'>>> =>
    (await enterprises.of(db).where({ _id: db.command.gt(after) }).orderBy('_id', 'asc').field({ name: true, unitId: true }).limit(size).get()).data,

  /** Store cadenceDueAt as its inputs say (the repair job), unless they changed meanwhile. */
  storeDue: async (db: Database, e: EnterpriseDoc): Promise<boolean> =>
    (await enterprises.updateWhere(db, { _id: e._id, ...cadenceInputsAsRead(db, e) }, { cadenceDueAt: withCadenceDue(e).cadenceDueAt })) === 1,

  /**
   * Stores the due date on enterprises written before it was kept (or by hand), a batch at a time
   * (the hourly backfill; the nightly repair also corrects stored ones that are out of step);
   * conditional on the fields as read, so a contact recorded meanwhile keeps its own.
   */
  storeMissingCadenceDue: async (db: Database, batch: number): Promise<number> => {
    const { data } = await enterprises.of(db).where({ cadenceDueAt: db.command.exists(false) }).limit(batch).get();
    let stored = 0;
    for (const e of data) stored += await enterprises.updateWhere(db, { _id: e._id, cadenceDueAt: db.command.exists(false), ...cadenceInputsAsRead(db, e) }, { cadenceDueAt: withCadenceDue(e).cadenceDueAt });
    return stored;
  },

  /** Active enterprises in a cadence state at `now`: a range on cadenceDueAt (see dueSoonUntil). */
  inCadenceState: (db: Database, state: CadenceState, now: Date) => {
    const _ = db.command;
    const soon = dueSoonUntil(now);
    const range = { overdue: _.lt(now), due_soon: _.gte(now).and(_.lte(soon)), ok: _.gt(soon) }[state];
    return { status: 'active' as const, cadenceDueAt: range };
  },

  findByCreditCode: async (db: Database, creditCode: string): Promise<EnterpriseDoc | null> =>
    (await enterprises.of(db).where({ creditCode }).limit(1).get()).data[0] ?? null,

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
    // One steward's: all of them, by id (fetchAll pages by _id); otherwise a batch in steward order.
    if (onlySteward !== undefined) return fetchAll(db, enterprises.of(db), where);
    return (await enterprises.of(db).where(where).orderBy('stewardId', 'asc').orderBy('_id', 'asc').limit(limit).get()).data;
  },

  /** Every credit code on the list (an import checks its rows against them). */
  creditCodes: async (db: Database): Promise<Set<string>> =>
    new Set((await fetchAll(db, enterprises.of(db), {}, { creditCode: true })).map((e) => e.creditCode)),

  /** How many active enterprises each unit has that are due by `by` (units with none left out). */
  dueByPerUnit: async (db: Database, by: Date): Promise<Array<{ unitId: string; n: number }>> => {
    const rows = await aggregateOn<{ _id: string; n: number }>(enterprises.of(db))
      .match({ status: 'active', cadenceDueAt: db.command.lte(by) })
      .group({ _id: '$unitId', n: { $sum: 1 } })
      .limit(1000)
      .end();
    return rows.list.map((r) => ({ unitId: r._id, n: r.n }));
  },
};
