import type { LocalCloud } from '../runtime/local-cloud';
import type { UserDoc } from '../../server/db/documents';
import { ROLE_LABELS } from '../../src/core/roles';
import type { Database } from '../../server/runtime/cloud-types';

/** Every matching document, 1,000 at a time by _id (each page walks the primary key from the last id). */
const readAll = async <T extends { _id: string }>(db: Database, name: string, filter: object = {}): Promise<T[]> => {
  const _ = db.command;
  const rows: T[] = [];
  for (let last = ''; ; ) {
    const { data } = await db.collection<T>(name).where({ ...filter, _id: _.gt(last) }).orderBy('_id', 'asc').limit(1000).get();
    rows.push(...data);
    if (data.length < 1000) return rows;
    last = data[data.length - 1]._id;
  }
};

export interface Identity {
  openid: string;
  role: UserDoc['role'];
  roleLabel: string;
  name: string;
  detail: string;
}

/** Demo identities for the local sign-in page: every bound account, with what it serves. */
export const listIdentities = (cloud: LocalCloud): Promise<Identity[]> =>
  cloud.run(async () => {
    const db = cloud.database();
    const _ = db.command;
    const [users, enterprises, units, departments] = await Promise.all([
      readAll<UserDoc>(db, 'users', { openid: _.exists(true), status: 'active' }),
      readAll<{ _id: string; name: string }>(db, 'enterprises'),
      readAll<{ _id: string; name: string }>(db, 'units'),
      readAll<{ _id: string; name: string }>(db, 'departments'),
    ]);
    const nameOf = new Map([...enterprises, ...units, ...departments].map((d) => [d._id, d.name]));
    const order = Object.keys(ROLE_LABELS);
    return users
      .map((u) => ({
        openid: u.openid!,
        role: u.role,
        roleLabel: ROLE_LABELS[u.role],
        name: u.name,
        detail: nameOf.get(u.enterpriseId ?? u.departmentId ?? u.unitId ?? '') ?? '',
      }))
      .sort((a, b) => order.indexOf(b.role) - order.indexOf(a.role) || a.openid.localeCompare(b.openid));
  });

/** The subscribe messages the local "WeChat" has delivered, newest first. */
export const listOutbox = (cloud: LocalCloud, limit = 100) =>
  cloud.run(async () => {
    const { data } = await cloud.database().collection('_local_wx_outbox').orderBy('sentAt', 'desc').limit(limit).get();
    return data;
  });
