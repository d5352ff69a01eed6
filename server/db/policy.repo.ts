import type { z } from 'zod';
import type { policyCreateInput } from '../../src/core/contracts/fieldwork.contracts';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * Where a policy's push to matching enterprises stands: batches read so far (each claimed by a
 * write conditional on this count), the steward the next batch starts after, and what was sent.
 */
export interface PolicyPush {
  status: 'scheduled' | 'pushing' | 'done';
  batches: number;
  /** Enterprises are read ordered by steward; absent before the first batch. */
  afterStewardId?: string;
  enterprises: number;
  contacts: number;
  startedAt: Date;
  doneAt?: Date;
}

/** A policy in the district's library, pushed to enterprises whose industry or tags match: what the district entered, and who and when. */
export type PolicyDoc = { _id: string } & z.output<typeof policyCreateInput> & { createdBy: string; createdAt: Date; push?: PolicyPush };

const policies = repository('policies');

export const policyRepo = {
  ...policies,

  /**
   * The query twin of policyMatches (src/core/fieldwork/policy.rules.ts): in force today, for the
   * enterprise's industry (or none named), sharing a tag with it (or none named). Keep the two in
   * step (the fieldwork test checks they agree).
   */
  matching: (db: Database, enterprise: { industry: string; tags: string[] }, today: string) => {
    const _ = db.command;
    return _.and([
      { validFrom: _.lte(today), validTo: _.gte(today) },
      _.or([{ industries: _.size(0) }, { industries: enterprise.industry }]),
      _.or([{ tags: _.size(0) }, { tags: _.in([...(enterprise.tags ?? []), enterprise.industry]) }]),
    ]);
  },

  /** Record a batch as sent, conditional on the batch count read: false when another run sent it first. */
  claimBatch: async (db: Database, id: string, batchesRead: number, next: PolicyPush): Promise<boolean> =>
    (await policies.of(db).where({ _id: id, 'push.batches': batchesRead }).update({ data: { push: next } })).stats.updated === 1,

  /** A scheduled push whose first day has come starts, once. */
  start: async (db: Database, id: string, started: PolicyPush): Promise<boolean> =>
    (await policies.of(db).where({ _id: id, 'push.status': 'scheduled' }).update({ data: { push: started } })).stats.updated === 1,

  /** Policies whose push is under way (or waits for its start date), a few at a time. */
  pushing: async (db: Database, limit: number): Promise<PolicyDoc[]> =>
    (await policies.of(db).where({ 'push.status': db.command.in(['pushing', 'scheduled']) }).limit(limit).get()).data,
};
