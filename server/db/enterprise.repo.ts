import type { z } from 'zod';
import type { enterpriseCreateInput } from '../../src/core/contracts/org.contracts';
import { dueSoonUntil, type CadenceState } from '../../src/core/contact/cadence';
import { AppError } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { aggregateOn } from './aggregate';
import { withDerivedFields } from './derived-fields';
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
  /** The earlier of the next contact and visit due dates (cadenceDueAt), kept in step by every write of its inputs. */
  nextDueAt?: Date;
  /** 无事不扰: how and when the enterprise prefers to be contacted. */
  preferences?: { channels: string[]; quietPeriods: string; note: string; updatedAt: Date };
  removedAt?: Date;
  removedReason?: string;
  /** The Excel import that created it, so a failed import can be taken out again. */
  importId?: string;
  createdAt: Date;
  updatedAt?: Date;
}

const enterprises = repository('enterprises');

/** The unique index on creditCode refuses a second enterprise with the same code. */
export const isDuplicateCreditCode = (error: unknown): boolean =>
  /duplicate|E11000|-502001/i.test(String((error as Error)?.message ?? error) + String((error as { errCode?: number })?.errCode ?? ''));

/** The fields nextDueAt follows from, as read: a write conditional on them is refused if one changed meanwhile. */
const cadenceInputsAsRead = (e: EnterpriseDoc) => ({
  lastContactAt: e.lastContactAt ?? null,
  lastVisitAt: e.lastVisitAt ?? null,
  contactCadenceDays: e.contactCadenceDays ?? null,
  visitCadenceDays: e.visitCadenceDays ?? null,
});

/** Attempts of a cadence-aware update before giving up on a busy enterprise. */
const ATTEMPTS = 5;

export const enterpriseRepo = {
  ...enterprises,

  /** Insert new enterprises with their nextDueAt. */
  insertNew: (db: Database, docs: EnterpriseDoc[]): Promise<void> => enterprises.insertMany(db, docs.map((d) => withDerivedFields('enterprises', d))),

  /**
   * Change an enterprise and store its nextDueAt as the change leaves it, conditional on the cadence
   * inputs read: when another write changed them meanwhile, read again and redo (`change` answers
   * null when there is nothing to write). `first` is the caller's own fresh read, used once.
   */
  updateWithDue: async (db: Database, first: EnterpriseDoc, change: (e: EnterpriseDoc) => Patch<EnterpriseDoc> | null): Promise<EnterpriseDoc> => {
    let current: EnterpriseDoc | null = first;
    for (let attempt = 0; attempt < ATTEMPTS && current; attempt++) {
      const patch = change(current);
      if (!patch) return current;
      const after = withDerivedFields('enterprises', { ...current, ...patch } as EnterpriseDoc);
      const data = { ...patch, nextDueAt: after.nextDueAt };
      if ((await enterprises.updateWhere(db, { _id: current._id, ...cadenceInputsAsRead(current) }, data)) === 1) return after;
      current = await enterprises.get(db, first._id);
    }
    if (!current) throw new AppError('NOT_FOUND', '企业不存在');
    throw new AppError('CONFLICT', '企业信息刚刚被他人更新，请稍后重试');
  },

  /** Store nextDueAt for an enterprise written before it existed, unless its inputs changed meanwhile. */
  storeDue: async (db: Database, e: EnterpriseDoc): Promise<boolean> =>
    (await enterprises.updateWhere(db, { _id: e._id, ...cadenceInputsAsRead(e) }, { nextDueAt: withDerivedFields('enterprises', e).nextDueAt })) === 1,

  /** Active enterprises in a cadence state at `now`: a range on nextDueAt (see dueSoonUntil). */
  inCadenceState: (db: Database, state: CadenceState, now: Date) => {
    const _ = db.command;
    const soon = dueSoonUntil(now);
    const range = { overdue: _.lt(now), due_soon: _.gte(now).and(_.lte(soon)), ok: _.gt(soon) }[state];
    return { status: 'active' as const, nextDueAt: range };
  },

  findByCreditCode: async (db: Database, creditCode: string): Promise<EnterpriseDoc | null> =>
    (await enterprises.of(db).where({ creditCode }).limit(1).get()).data[0] ?? null,

  /** Every credit code on the list (an import checks its rows against them). */
  creditCodes: async (db: Database): Promise<Set<string>> =>
    new Set((await fetchAll(db, enterprises.of(db), {}, { creditCode: true })).map((e) => e.creditCode)),

  /** How many active enterprises each unit has that are due by `by` (units with none left out). */
  dueByPerUnit: async (db: Database, by: Date): Promise<Array<{ unitId: string; n: number }>> => {
    const rows = await aggregateOn<{ _id: string; n: number }>(enterprises.of(db))
      .match({ status: 'active', nextDueAt: db.command.lte(by) })
      .group({ _id: '$unitId', n: { $sum: 1 } })
      .limit(1000)
      .end();
    return rows.list.map((r) => ({ unitId: r._id, n: r.n }));
  },
};
