import { createHash } from 'node:crypto';
import type { Database } from '../runtime/cloud-types';
import type { DemandDoc } from './documents';
import { getDocOrNull } from './get-doc';

const demands = (db: Database) => db.collection<DemandDoc>('demands');

/** A retried submission (same person, same client request id) maps to the same document id. */
export const demandIdForRequest = (openid: string, clientRequestId: string): string =>
  createHash('sha256').update(`${openid}\u0000${clientRequestId}`).digest('hex').slice(0, 32);

export const getDemand = (db: Database, id: string) => getDocOrNull<DemandDoc>(db, 'demands', id);

/** Insert; when the id already exists (a retry or a concurrent twin), return the stored one. */
export const insertDemandOnce = async (db: Database, doc: DemandDoc): Promise<{ doc: DemandDoc; created: boolean }> => {
  try {
    await demands(db).add({ data: doc });
    return { doc, created: true };
  } catch (error) {
    const existing = await getDemand(db, doc._id);
    if (existing) return { doc: existing, created: false };
    throw error;
  }
};

/** A page of demands, newest first, without the long fields lists do not show. */
export const demandsWhere = (db: Database, filter: object) =>
  demands(db).where(filter).orderBy('createdAt', 'desc').field({ description: false, timeline: false });
