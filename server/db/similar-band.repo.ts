import { BUCKET_SAMPLE, bucketOf } from '../../src/core/similarity/grouping';
import type { Database } from '../runtime/cloud-types';
import { isDuplicateKey } from './duplicate-key';
import { repository } from './repository';

/** One LSH band key of the similarity signatures (src/core/similarity/minhash.ts): how many open demands have it, and the latest of them (see bucketOf). */
export interface SimilarBandDoc {
  _id: string;
  ids: string[];
  n: number;
}

const bands = repository('similar_bands');

/** Create a bucket holding only this demand; false when another writer created it first. */
const created = async (db: Database, key: string, demandId: string): Promise<boolean> => {
  try {
    await bands.insert(db, { _id: key, ...bucketOf([demandId]) });
    return true;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return false;
  }
};

export const similarBandRepo = {
  ...bands,

  /** The buckets of these band keys (64 per demand: one query). */
  byKeys: (db: Database, keys: readonly string[]): Promise<SimilarBandDoc[]> =>
    keys.length ? bands.all(db, { _id: db.command.in([...keys]) }) : Promise.resolve([]),

  /**
   * Put a demand in its buckets (`existing`: the keys found just before). Missing buckets are
   * created in one batch (one by one when another writer created some meanwhile); the others take
   * the id at the end of their sample, and count it, in one update.
   */
  enter: async (db: Database, keys: readonly string[], demandId: string, existing: ReadonlySet<string>): Promise<void> => {
    const _ = db.command;
    const found = keys.filter((k) => existing.has(k));
    const missing = keys.filter((k) => !existing.has(k));
    if (missing.length) {
      try {
        await bands.insertMany(db, missing.map((_id) => ({ _id, ...bucketOf([demandId]) })));
      } catch (error) {
        // A batch with a duplicate adds nothing: each is created on its own, or joined.
        if (!isDuplicateKey(error)) throw error;
        for (const key of missing) if (!(await created(db, key, demandId))) found.push(key);
      }
    }
    if (found.length) await bands.updateWhere(db, { _id: _.in(found) }, { ids: _.push({ each: [demandId], slice: -BUCKET_SAMPLE }), n: _.inc(1) });
  },

  leave: async (db: Database, keys: readonly string[], demandId: string): Promise<void> => {
    if (keys.length) await bands.updateWhere(db, { _id: db.command.in([...keys]) }, { ids: db.command.pull(demandId), n: db.command.inc(-1) });
  },
};
