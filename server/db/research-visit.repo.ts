import type { z } from 'zod';
import type { promiseInput } from '../../src/core/contracts/fieldwork.contracts';
import type { FactsStamp } from './facts-stamp';
import type { ResearchStatus } from '../../src/core/fieldwork/fieldwork.model';
import type { Database } from '../runtime/cloud-types';
import type { AttachmentDoc } from './demand.repo';
import { repository } from './repository';

/** A promise made during the visit (as entered), tracked until it is closed with an outcome. */
export type ResearchPromiseDoc = z.output<typeof promiseInput> & {
  id: string;
  status: 'open' | 'closed';
  outcome?: string;
  closedAt?: Date;
  closedBy?: string;
};

/** A leader's research visit to an enterprise (art. 5.1), planned ahead or recorded after, and the promises made there. */
export interface ResearchVisitDoc extends FactsStamp {
  _id: string;
  /** Absent on visits recorded before plans existed: those are recorded. */
  status?: ResearchStatus;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it), who follows up; createdBy keeps who recorded. */
  stewardId: string;
  date: string;
  leaders: string;
  accompanying: string;
  stewardAccompanies?: boolean;
  topics: string;
  /** The plan (调研方案), checked like a demand's attachments. */
  planFiles?: AttachmentDoc[];
  cancelReason?: string;
  promises: ResearchPromiseDoc[];
  openPromises: number;
  /** openPromises > 0, stored so the open-promises lists read an index ([…, hasOpenPromises, -date]). */
  hasOpenPromises?: boolean;
  /** 回访: the steward follows up with the enterprise after the visit (recorded visits only). */
  followUpDueAt?: Date;
  followUpAt?: Date;
  followUpNote?: string;
  /**
   * When the morning timer should next look at it (a follow-up or promise coming due, a plan
   * whose day has passed); absent when nothing is left to remind of. Indexed, so each run reads
   * only the visits due.
   */
  nextReminderAt?: Date;
  /** Reminder keys already sent (src/core/fieldwork/research-reminders.ts). */
  remindersSent?: string[];
  createdBy: string;
  createdAt: Date;
}

const visits = repository('research_visits');

export const researchVisitRepo = {
  ...visits,

  /** Visits whose next reminder is due, earliest first, a batch at a time. */
  remindersDue: async (db: Database, now: Date, limit: number): Promise<ResearchVisitDoc[]> =>
    (await visits.of(db).where({ nextReminderAt: db.command.lte(now) }).orderBy('nextReminderAt', 'asc').limit(limit).get()).data,
};
