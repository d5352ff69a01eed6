import type { Database } from '../runtime/cloud-types';

/** A case-insensitive "contains" match for what a person typed, with regex characters taken literally. */
export const containsText = (db: Database, typed: string) =>
  db.RegExp({ regexp: typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' });
