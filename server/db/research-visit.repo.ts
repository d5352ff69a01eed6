import type { z } from 'zod';
import type { promiseInput } from '../../src/core/contracts/fieldwork.contracts';
import { repository } from './repository';

/** A promise made during the visit (as entered), tracked until it is closed with an outcome. */
export type ResearchPromiseDoc = z.output<typeof promiseInput> & {
  id: string;
  status: 'open' | 'closed';
  outcome?: string;
  closedAt?: Date;
  closedBy?: string;
};

/** A leader's research visit to an enterprise (art. 5.1) and the promises made there. */
export interface ResearchVisitDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it), who follows up; createdBy keeps who recorded. */
  stewardId: string;
  date: string;
  leaders: string;
  accompanying: string;
  topics: string;
  promises: ResearchPromiseDoc[];
  openPromises: number;
  /** openPromises > 0, stored so the open-promises lists read an index ([…, hasOpenPromises, -date]). */
  hasOpenPromises?: boolean;
  /** 回访: the steward follows up with the enterprise after the visit. */
  followUpDueAt: Date;
  followUpAt?: Date;
  followUpNote?: string;
  createdBy: string;
  createdAt: Date;
}

export const researchVisitRepo = repository('research_visits');
