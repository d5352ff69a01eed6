import type { Database } from '../runtime/cloud-types';

/**
 * CloudBase's `doc(id).get()` throws when the document is missing; a where-query on `_id`
 * returns an empty list instead, in the same single round trip.
 */
export const getDocOrNull = async <T>(db: Database, collection: string, id: string): Promise<T | null> => {
  const { data } = await db.collection<T>(collection).where({ _id: id }).limit(1).get();
  return data[0] ?? null;
};
