import type { ErrorCode } from '../../src/core/errors';
import type { Role } from '../../src/core/roles';
import type { Database } from '../runtime/cloud-types';
import type { CollectionName } from './collections';
import { repository } from './repository';

/** One audited write: who, what, on which record, and how it ended. */
export interface AuditDoc {
  _id?: string;
  at: Date;
  actorId: string;
  actorRole: Role | 'system';
  action: string;
  collection: CollectionName;
  recordId: string;
  summary: string;
  /** 'ok', or the error code the write ended with (absent on entries from before outcomes were kept). */
  outcome?: 'ok' | ErrorCode;
}

const log = repository('audit_log');

export const auditRepo = {
  /** The audit log is append-only: no action updates or removes its entries. */
  append: (db: Database, entry: Omit<AuditDoc, '_id'>): Promise<void> => log.insert(db, entry as AuditDoc),
  find: log.find,
};
