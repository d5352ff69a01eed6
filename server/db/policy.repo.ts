import type { z } from 'zod';
import type { policyCreateInput } from '../../src/core/contracts/fieldwork.contracts';
import { repository } from './repository';

/** A policy in the district's library, pushed to enterprises whose industry or tags match: what the district entered, and who and when. */
export type PolicyDoc = { _id: string } & z.output<typeof policyCreateInput> & { createdBy: string; createdAt: Date };

export const policyRepo = repository('policies');
