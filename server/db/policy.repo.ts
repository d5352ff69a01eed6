import type { z } from 'zod';
import type { policyCreateInput } from '../../src/core/contracts/fieldwork.contracts';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** A policy in the district's library, pushed to enterprises whose industry or tags match: what the district entered, and who and when. */
export type PolicyDoc = { _id: string } & z.output<typeof policyCreateInput> & { createdBy: string; createdAt: Date };

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
};
