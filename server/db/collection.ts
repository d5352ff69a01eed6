import type { Collection, Database } from '../runtime/cloud-types';
import type { CollectionName } from './collections';
import type { DocumentTypes } from './documents';
import { guardQueries } from './query-guard';

/**
 * The one way to open a collection: the name must be declared in collections.ts, the document
 * type comes with it, and every query passes the undefined-value guard. Only repositories in
 * server/db call it.
 */
export const collection = <N extends CollectionName>(db: Database, name: N): Collection<DocumentTypes[N]> =>
  guardQueries(db.collection<DocumentTypes[N]>(name));
