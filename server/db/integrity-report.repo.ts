import { createHash } from 'node:crypto';
import type { IntegrityCategory, IntegrityOutcome, IntegrityStatus } from '../../src/core/integrity/integrity.model';
import type { Role } from '../../src/core/roles';
import type { Database } from '../runtime/cloud-types';
import type { AttachmentDoc } from './demand.repo';
import { repository, type Patch } from './repository';

/**
 * A 亲清 report (art. 11). Its fields are deliberately not named like the scope fields of the
 * enterprise records (stewardId, unitId, enterpriseId): no list of those records can ever match it.
 */
export interface IntegrityReportDoc {
  _id: string;
  number: string;
  category: IntegrityCategory;
  description: string;
  attachments: AttachmentDoc[];
  anonymous: boolean;
  reporterId: string;
  reporterRole: Role;
  reporterName: string;
  reporterPhone?: string;
  reporterEnterpriseId?: string;
  reporterEnterpriseName?: string;
  /** Who served the reporter's enterprise when the report was made (a hint for the district). */
  servingStewardId?: string;
  servingStewardName?: string;
  status: IntegrityStatus;
  submittedAt: Date;
  ackDueAt: Date;
  concludeDueAt: Date;
  acknowledgedAt?: Date;
  notes: Array<{ at: Date; by: string; byName: string; text: string }>;
  outcome?: IntegrityOutcome;
  findings?: string;
  /** The steward a finding concerns and their unit, and the Shanghai year it was concluded in. */
  concernedStewardId?: string;
  concernedStewardName?: string;
  concernedUnitId?: string;
  concludedYear?: number;
  concludedAt?: Date;
  concludedBy?: string;
  reply?: string;
  repliedAt?: Date;
  /** Supervision: deadlines already reported as missed ('ack', 'conclude'). */
  missed?: string[];
}

const reports = repository('integrity_reports');

export const integrityReportRepo = {
  ...reports,

  /** A retried submission (same person, same client request id) maps to the same report. */
  idForRequest: (userId: string, clientRequestId: string): string => createHash('sha256').update(`integrity\u0000${userId}\u0000${clientRequestId}`).digest('hex').slice(0, 32),

  insertOnce: async (db: Database, doc: IntegrityReportDoc): Promise<{ doc: IntegrityReportDoc; created: boolean }> => {
    try {
      await reports.insert(db, doc);
      return { doc, created: true };
    } catch (error) {
      const existing = await reports.get(db, doc._id);
      if (existing && existing.reporterId === doc.reporterId) return { doc: existing, created: false };
      throw error;
    }
  },

  /** A step, written only if the report is still in the state it was read in. */
  updateFrom: async (db: Database, id: string, from: IntegrityStatus, patch: Patch<IntegrityReportDoc>): Promise<boolean> =>
    (await reports.updateWhere(db, { _id: id, status: from }, patch)) === 1,

  /** Reports past a deadline not reported yet: unacknowledged after a working day, or unconcluded after fifteen. */
  overdue: async (db: Database, step: 'ack' | 'conclude', now: Date): Promise<IntegrityReportDoc[]> => {
    const _ = db.command;
    const filter = step === 'ack' ? { status: 'submitted', ackDueAt: _.lt(now) } : { status: _.in(['acknowledged', 'investigating']), concludeDueAt: _.lt(now) };
    return (await reports.of(db).where({ ...filter, missed: _.nin([step]) }).limit(200).get()).data;
  },

  /** Confirmed findings concluded in a year (a handful: read in pages of 1000). */
  confirmedIn: (db: Database, year: number): Promise<IntegrityReportDoc[]> => reports.all(db, { outcome: 'confirmed', concludedYear: year }),
};
