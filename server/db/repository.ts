import type { Collection, Database, LogicCommand, Query, UpdateCommand } from '../runtime/cloud-types';
import { collection } from './collection';
import type { CollectionName } from './collections';
import type { DocumentTypes } from './documents';
import { fetchAll } from './paging';

/** Conditions on a document's own fields (values or query commands), or a combined selector. */
export type Filter<T> = { [K in keyof T]?: unknown } | LogicCommand;

/** Fields to set, or update commands on them (inc, push, remove ...); a nested object updates only the fields it names. */
export type Patch<T> = { [K in keyof T]?: T[K] | UpdateCommand | (T[K] extends Date | unknown[] ? never : T[K] extends object | undefined ? Patch<NonNullable<T[K]>> : never) };

/**
 * What every repository can do with its own collection, typed by the collection's document.
 * Repositories add their domain queries beside these; actions never open a collection.
 */
export const repository = <N extends CollectionName>(name: N) => {
  type T = DocumentTypes[N];
  const of = (db: Database): Collection<T> => collection(db, name);
  return {
    /** The typed, guarded collection, for queries this repository's own functions build. */
    of,
    /** `doc(id).get()` throws on a missing id; a where on _id answers null in the same round trip. */
    get: async (db: Database, id: string): Promise<T | null> => (await of(db).where({ _id: id }).limit(1).get()).data[0] ?? null,
    find: (db: Database, filter: Filter<T>): Query<T> => of(db).where(filter),
    /** Every match, in pages of 1000 by `_id` (for result sets known to be bounded); with `fields`, only those (and `_id`). */
    all: (db: Database, filter: Filter<T> = {}, fields?: Readonly<Record<string, true>>): Promise<T[]> => fetchAll<T>(db, of(db), filter, fields),
    count: async (db: Database, filter: Filter<T>): Promise<number> => (await of(db).where(filter).count()).total,
    insert: async (db: Database, doc: T): Promise<void> => {
      await of(db).add({ data: doc as object });
    },
    insertMany: async (db: Database, docs: T[]): Promise<void> => {
      if (docs.length) await of(db).add({ data: docs as object[] });
    },
    update: async (db: Database, id: string, patch: Patch<T>): Promise<number> => (await of(db).doc(id).update({ data: patch })).stats.updated,
    /** A conditional update: the filter states what the write depends on; answers how many matched. */
    updateWhere: async (db: Database, filter: Filter<T>, patch: Patch<T>): Promise<number> => (await of(db).where(filter).update({ data: patch })).stats.updated,
    removeWhere: async (db: Database, filter: Filter<T>): Promise<number> => (await of(db).where(filter).remove()).stats.removed,
  };
};
