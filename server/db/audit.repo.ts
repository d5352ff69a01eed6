import type { Database } from '../runtime/cloud-types';
import type { AuditDoc } from './documents';

/** The audit log is append-only: no action updates or removes its entries. */
export const appendAudit = async (db: Database, entry: Omit<AuditDoc, '_id'>): Promise<void> => {
  await db.collection('audit_log').add({ data: entry });
};
