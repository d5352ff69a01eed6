import type { z } from 'zod';
import type { enterpriseCreateInput } from '../../src/core/contracts/org.contracts';
import type { Database } from '../runtime/cloud-types';
import { fetchAll } from './paging';
import { repository } from './repository';

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

export const enterpriseRepo = {
  ...enterprises,

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
    const query = enterprises.of(db).where(where).orderBy('stewardId', 'asc').orderBy('_id', 'asc');
    return onlySteward !== undefined ? fetchAll(query) : (await query.limit(limit).get()).data;
  },

  /** Every credit code on the list (an import checks its rows against them). */
  creditCodes: async (db: Database): Promise<Set<string>> =>
    new Set((await fetchAll(enterprises.of(db).field({ creditCode: true }))).map((e) => e.creditCode)),
};
