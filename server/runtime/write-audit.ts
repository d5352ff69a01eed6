import type { ErrorCode } from '../../src/core/errors';
import type { Role } from '../../src/core/roles';
import { auditRepo } from '../db/audit.repo';
import type { Database } from './cloud-types';
import type { AuditNotes, Caller } from './action-context';
import type { AnyAction } from './define-action';

/** Notes a handler leaves for the audit entry the router writes after it. */
export const collectAuditNotes = () => {
  const notes: { recordId?: string; summary?: string; actor?: { _id: string; role: Role }; unchanged?: boolean } = {};
  const api: AuditNotes = {
    record: (recordId, summary, options) => Object.assign(notes, { recordId, summary, actor: options?.actor }),
    unchanged: () => Object.assign(notes, { unchanged: true }),
  };
  return { api, notes };
};

type Notes = ReturnType<typeof collectAuditNotes>['notes'];

/** The record a failed write was about, when the handler had not named it yet. */
const recordOf = (input: unknown): string => {
  const fields = (input ?? {}) as Record<string, unknown>;
  for (const key of ['id', 'enterpriseId', 'visitId', 'userId']) if (typeof fields[key] === 'string') return fields[key];
  return '';
};

/**
 * One audit entry per write that reached its handler: the action's name, the actor, the record,
 * the handler's summary and the outcome. A write that changed nothing leaves no entry; a write
 * refused for who the caller is is counted with the refusals instead (refusals.ts).
 */
export const auditWrite = async (
  db: Database,
  action: AnyAction,
  caller: Caller,
  input: unknown,
  notes: Notes,
  at: Date,
  failure?: { code: ErrorCode; message: string },
): Promise<void> => {
  if (!action.writes || (notes.unchanged && !failure)) return;
  const actor = notes.actor ?? caller.user;
  const summary = notes.summary ?? action.summary;
  await auditRepo.append(db, {
    at,
    actorId: actor?._id ?? (caller.openid ? `openid:${caller.openid}` : `desk:${caller.deskUserId}`),
    actorRole: actor?.role ?? 'system',
    action: action.name,
    collection: action.writes,
    recordId: notes.recordId ?? recordOf(input),
    summary: failure ? `${summary}（未完成：${failure.message}）` : summary,
    outcome: failure?.code ?? 'ok',
  });
};
