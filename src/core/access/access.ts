import type { Role } from '../roles';
import { ACCESS, type RecordKind, type ViewerKey } from './access.table';

/** The caller as the access table sees them. */
export type Viewer = { role: Role } & Partial<Record<ViewerKey, string>>;

/** Equality conditions on a record's fields; `{}` means every record. */
export type ScopeFilter = Readonly<Record<string, string>>;

/**
 * The filter that lists exactly the records of a kind a viewer may see, or null when they see
 * none: an unknown role or kind, or a viewer lacking the attribute their scope compares with
 * (a liaison without a steward), is denied rather than widened.
 */
export const scopeFilter = (viewer: Viewer, kind: RecordKind): ScopeFilter | null => {
  const scope = Object.prototype.hasOwnProperty.call(ACCESS, kind) ? ACCESS[kind][viewer.role] : undefined;
  if (!scope) return null;
  if (scope === 'all') return {};
  const filter: Record<string, string> = {};
  for (const [field, key] of Object.entries(scope)) {
    const value = viewer[key];
    if (!value) return null;
    filter[field] = value;
  }
  return filter;
};

/** Whether a viewer may see one record: it must match the same filter the lists use. */
export const canAccess = (viewer: Viewer, kind: RecordKind, record: object): boolean => {
  const filter = scopeFilter(viewer, kind);
  if (!filter) return false;
  return Object.entries(filter).every(([field, value]) => (record as Record<string, unknown>)[field] === value);
};

/**
 * A caller's own filter (say unitId) narrowed by what they asked for. Asking for a value the
 * scope already fixes to something else is out of scope: null, for the caller to refuse.
 * Requests on fields the scope leaves open only narrow it.
 */
export const narrowScope = (scope: ScopeFilter, requested: Record<string, string | undefined>): ScopeFilter | null => {
  const narrowed: Record<string, string> = { ...scope };
  for (const [field, value] of Object.entries(requested)) {
    if (!value) continue;
    if (scope[field] !== undefined && scope[field] !== value) return null;
    narrowed[field] = value;
  }
  return narrowed;
};
