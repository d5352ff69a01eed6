import type { Database } from '../runtime/cloud-types';
import { isDuplicateKey } from './duplicate-key';
import { repository } from './repository';

/** One LSH band key of the similarity signatures (src/core/similarity/minhash.ts) and the open demands that have it. */
export interface SimilarBandDoc {
  _id: string;
  ids: string[];
}

const bands = repository('similar_bands');

export const similarBandRepo = {
  ...bands,

  /** The buckets of these band keys (64 per demand: one query). */
  byKeys: (db: Database, keys: readonly string[]): Promise<SimilarBandDoc[]> =>
    keys.length ? bands.all(db, { _id: db.command.in([...keys]) }) : Promise.resolve([]),

  /** Put a demand in its buckets: missing buckets are created (or found created meanwhile), then one `addToSet` for all. */
  enter: async (db: Database, keys: readonly string[], demandId: string, existing: ReadonlySet<string>): Promise<void> => {
    const _ = db.command;
    const toAdd = keys.filter((k) => existing.has(k));
    for (const key of keys.filter((k) => !existing.has(k))) {
      try {
        await bands.insert(db, { _id: key, ids: [demandId] });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        toAdd.push(key);
      }
    }
    if (toAdd.length) await bands.updateWhere(db, { _id: _.in(toAdd) }, { ids: _.addToSet(demandId) });
  },

  leave: async (db: Database, keys: readonly string[], demandId: string): Promise<void> => {
    if (keys.length) await bands.updateWhere(db, { _id: db.command.in([...keys]) }, { ids: db.command.pull(demandId) });
  },
};
