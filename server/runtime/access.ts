import { canAccess, narrowScope, scopeFilter, type ScopeFilter, type Viewer } from '../../src/core/access/access';
import type { RecordKind } from '../../src/core/access/access.table';
import { forbidden, notFound } from '../../src/core/errors';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import type { UserDoc } from '../db/user.repo';
import type { Database } from './cloud-types';

/** The access table's view of an account: only the attributes scopes compare with. */
const viewerOf = (user: UserDoc): Viewer => ({
  role: user.role,
  id: user._id,
  enterpriseId: user.enterpriseId,
  stewardId: user.stewardId,
  unitId: user.unitId,
  departmentId: user.departmentId,
});

/** The list filter for a kind of record (null: the caller sees none). */
export const scopeOf = (user: UserDoc, kind: RecordKind): ScopeFilter | null => scopeFilter(viewerOf(user), kind);

/** Whether a record is within the caller's scope (assertAccess refuses when not). */
export const mayAccess = (user: UserDoc, kind: RecordKind, record: object): boolean => canAccess(viewerOf(user), kind, record);

/** Whether one record is in the caller's scope, for callers that answer NOT_FOUND rather than refuse. */
export const canAccessRecord = mayAccess;

const REFUSALS: Partial<Record<RecordKind, string>> = {
  enterprise: '这家企业不在您的服务范围内',
  demand: '这条诉求不由您负责',
};

/** Refuse, with a message naming what is out of reach, a record outside the caller's scope. */
export const assertAccess = (user: UserDoc, kind: RecordKind, record: object, message = REFUSALS[kind]): void => {
  if (!mayAccess(user, kind, record)) throw forbidden(message);
};

/**
 * The caller's scope narrowed by the filters they asked for; a filter outside the scope is
 * refused rather than quietly ignored. Null when the caller sees no record of the kind.
 */
export const narrowedScope = (user: UserDoc, kind: RecordKind, requested: Record<string, string | undefined>, message: string): ScopeFilter | null => {
  const scope = scopeOf(user, kind);
  if (!scope) return null;
  const narrowed = narrowScope(scope, requested);
  if (!narrowed) throw forbidden(message);
  return narrowed;
};

/**
 * An enterprise the caller's scope covers, or a clear refusal. `served` is for new records: the
 * enterprise must still be on the service list.
 */
export const enterpriseInScope = async (db: Database, user: UserDoc, id: string, { served = false } = {}): Promise<EnterpriseDoc> => {
  const enterprise = await enterpriseRepo.get(db, id);
  if (!enterprise) throw notFound(served ? '企业不存在或已移出服务清单' : '企业不存在');
  if (served && enterprise.status !== 'active') throw notFound('企业不存在或已移出服务清单');
  assertAccess(user, 'enterprise', enterprise);
  return enterprise;
};
