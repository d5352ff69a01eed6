import { createHash } from 'node:crypto';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** One quarterly interview (季约谈) with a unit, and the plan it asked for. */
export interface InterviewDoc {
  _id: string;
  quarterFrom: string;
  quarterLabel: string;
  unitId: string;
  unitName: string;
  date: string;
  attendees: string;
  problems: string;
  commitments: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: Date;
  planId?: string;
  planDueAt?: Date;
}

const interviews = repository('interviews');

export const interviewRepo = {
  ...interviews,
  /** A retried record (same person, same client request id) maps to the same interview. */
  idForRequest: (userId: string, clientRequestId: string): string => createHash('sha256').update(`interview\u0000${userId}\u0000${clientRequestId}`).digest('hex').slice(0, 32),
  insertOnce: async (db: Database, doc: InterviewDoc): Promise<{ doc: InterviewDoc; created: boolean }> => {
    try {
      await interviews.insert(db, doc);
      return { doc, created: true };
    } catch (error) {
      const existing = await interviews.get(db, doc._id);
      if (existing) return { doc: existing, created: false };
      throw error;
    }
  },
};
