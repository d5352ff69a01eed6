import type { LocalCloud } from '../runtime/local-cloud';
import type { UserDoc } from '../../server/db/documents';
import { ROLE_LABELS } from '../../src/core/roles';
import { fetchAll } from '../../server/db/paging';

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
    const all = <T>(name: string, filter: object = {}) => fetchAll(db.collection<T>(name).where(filter));
    const [users, enterprises, units, departments] = await Promise.all([
      all<UserDoc>('users', { openid: _.exists(true), status: 'active' }),
      all<{ _id: string; name: string }>('enterprises'),
      all<{ _id: string; name: string }>('units'),
      all<{ _id: string; name: string }>('departments'),
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
