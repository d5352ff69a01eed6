import type { Database } from '../runtime/cloud-types';
import type { UserDoc } from './documents';

export const findUserByOpenid = async (db: Database, openid: string): Promise<UserDoc | null> => {
  const { data } = await db.collection<UserDoc>('users').where({ openid }).limit(1).get();
  return data[0] ?? null;
};

export const getUsersByIds = async (db: Database, ids: string[]): Promise<UserDoc[]> => {
  if (ids.length === 0) return [];
  const _ = db.command;
  const { data } = await db.collection<UserDoc>('users').where({ _id: _.in(ids) }).limit(1000).get();
  return data;
};

/** Active accounts matching a filter: the people a notice goes to (a few dozen at most). */
export const findActiveUsers = async (db: Database, filter: object): Promise<UserDoc[]> =>
  (await db.collection<UserDoc>('users').where({ ...filter, status: 'active' }).limit(50).get()).data;
