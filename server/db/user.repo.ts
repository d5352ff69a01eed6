import type { Role } from '../../src/core/roles';
import type { Database } from '../runtime/cloud-types';
import type { PageResult } from '../../src/core/demand/demand.model';
import { fetchAll, type PageRequest } from './paging';
import { repository } from './repository';

export interface UserDoc {
  _id: string;
  /** When the account was bound to a WeChat user. */
  boundAt?: Date;
  /** Expiry of the account's unused binding code, kept here so account lists need no join. */
  pendingCodeExpiresAt?: Date;
  /** Set when the person binds their WeChat account; absent until then. */
  openid?: string;
  /** Set when the person binds their unified identity (统一身份认证) at the desk console: the provider's `sub`. */
  oidcSubject?: string;
  /**
   * The CloudBase custom-login user id the desk console signs in as; made afresh at every desk
   * binding, so sessions of an earlier binding stop resolving to the account.
   */
  deskUserId?: string;
  deskBoundAt?: Date;
  role: Role;
  name: string;
  phone?: string;
  status: 'active' | 'disabled';
  unitId?: string;
  /** For enterprise contacts. */
  enterpriseId?: string;
  /** For liaisons: the steward they help. */
  stewardId?: string;
  /** For department accounts. */
  departmentId?: string;
  /** The district set a staffing rule aside for this account (a second 总管家 or liaison), and why. */
  staffingOverride?: { reason: string; by: string; at: Date };
  /** When a steward revoked an enterprise contact. */
  revokedAt?: Date;
  createdAt: Date;
}

const users = repository('users');

export type StewardName = Pick<UserDoc, '_id' | 'name' | 'status' | 'unitId'>;

const activeStewardsByName = async (db: Database, unitId: string, offset: number, limit: number): Promise<StewardName[]> =>
  (await users.of(db).where({ role: 'steward', status: 'active', unitId }).orderBy('name', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit).field({ name: true, status: true, unitId: true }).get()).data;

export const userRepo = {
  ...users,

  findByOpenid: async (db: Database, openid: string): Promise<UserDoc | null> => (await users.of(db).where({ openid }).limit(1).get()).data[0] ?? null,

  findByDeskUserId: async (db: Database, deskUserId: string): Promise<UserDoc | null> => (await users.of(db).where({ deskUserId }).limit(1).get()).data[0] ?? null,

  findByOidcSubject: async (db: Database, oidcSubject: string): Promise<UserDoc | null> => (await users.of(db).where({ oidcSubject }).limit(1).get()).data[0] ?? null,

  /** Account names by id, for lists that show who did something. */
  namesOf: async (db: Database, ids: Iterable<string>): Promise<Map<string, string>> => {
    const unique = [...new Set(ids)];
    return new Map((unique.length ? await users.all(db, { _id: db.command.in(unique) }) : []).map((u) => [u._id, u.name]));
  },

  /** Stewards (of a unit, or every one) as a ranking names them: id, name, status and unit only. */
  stewardNames: (db: Database, unitId?: string): Promise<StewardName[]> =>
    fetchAll(db, users.of(db), { role: 'steward', ...(unitId ? { unitId } : {}) }, { name: true, status: true, unitId: true }),

  /** A unit's active stewards by name, `limit` of them from `offset` (read along [role, status, unitId, name, _id]). */
  activeStewardsByName,

  /** One page of a unit's active stewards by name, then id: ids and names only. */
  activeStewardsPage: async (db: Database, unitId: string, { page, pageSize }: PageRequest): Promise<PageResult<Pick<UserDoc, '_id' | 'name'>>> => {
    const rows = await activeStewardsByName(db, unitId, (page - 1) * pageSize, pageSize + 1);
    return { items: rows.slice(0, pageSize).map((u) => ({ _id: u._id, name: u.name })), page, pageSize, hasMore: rows.length > pageSize };
  },

  /** Active stewards after an id, in id order (a timer job's batch, read along [role, status, _id]). */
  activeStewardsAfter: async (db: Database, after: string, limit: number): Promise<UserDoc[]> =>
    (await users.of(db).where({ role: 'steward', status: 'active', _id: db.command.gt(after) }).orderBy('_id', 'asc').limit(limit).get()).data,

  /** The active contacts of these enterprises, read 50 enterprises at a time on the enterpriseId index. */
  contactsOf: async (db: Database, enterpriseIds: readonly string[]): Promise<UserDoc[]> => {
    const found: UserDoc[] = [];
    for (let i = 0; i < enterpriseIds.length; i += 50) {
      found.push(...(await users.all(db, { enterpriseId: db.command.in(enterpriseIds.slice(i, i + 50)), role: 'enterprise', status: 'active' })));
    }
    return found;
  },

  /** Active accounts matching a filter: the people a notice goes to (a few dozen; all of them, however many). */
  findActive: (db: Database, filter: Partial<Record<keyof UserDoc, unknown>>): Promise<UserDoc[]> => users.all(db, { ...filter, status: 'active' }),
};
