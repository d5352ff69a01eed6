import murmurhash from 'murmurhash';
import { nameSuffixes, prefixRange, searchKey } from '../../src/core/text/name-suffixes';
import type { Database } from '../runtime/cloud-types';
import { chunksOf } from './chunks';
import { jobCursorRepo } from './job-cursor.repo';
import { repository } from './repository';

/**
 * One suffix of an enterprise's name (src/core/text/name-suffixes.ts): the index that answers "the
 * enterprises whose name contains …" with one range read, where a regex would test every name.
 * Entries are written before the enterprise write they serve, so they always cover the stored
 * names; entries left by a rename or a failed insert are only extra candidates, and every search
 * checks its candidates' stored names.
 */
export interface EnterpriseNameDoc {
  /** `<enterpriseId>|<nameKey>|<position>`. */
  _id: string;
  enterpriseId: string;
  unitId: string;
  /** A hash of the name the entry was written for: after a rename, the earlier name's entries go. */
  nameKey: string;
  suffix: string;
}

type Named = { _id: string; name: string; unitId: string };

const names = repository('enterprise_names');

/** The job cursor whose stage says every enterprise has its entries (the demo and scale data are written so; older data after the hourly backfill). */
export const NAME_INDEX_CURSOR = 'enterpriseNames';
export const NAME_INDEX_READY = 'ready';

const nameKeyOf = (name: string) => murmurhash.v3(searchKey(name)).toString(36);

export const nameEntriesOf = (e: Named): EnterpriseNameDoc[] => {
  const nameKey = nameKeyOf(e.name);
  return nameSuffixes(e.name).map((suffix, i) => ({ _id: `${e._id}|${nameKey}|${i}`, enterpriseId: e._id, unitId: e.unitId, nameKey, suffix }));
};

export const enterpriseNameRepo = {
  ...names,

  /** Write the entries of these enterprises' names (again: entries for the same name are replaced). */
  index: async (db: Database, enterprises: readonly Named[]): Promise<void> => {
    const _ = db.command;
    for (const batch of chunksOf(enterprises)) {
      await names.removeWhere(db, { enterpriseId: _.in(batch.map((e) => e._id)), nameKey: _.in([...new Set(batch.map((e) => nameKeyOf(e.name)))]) });
      for (const entries of chunksOf(batch.flatMap(nameEntriesOf))) await names.insertMany(db, entries);
    }
  },

  /** Every entry of these enterprises (an import taken out again). */
  removeOf: async (db: Database, enterpriseIds: readonly string[]): Promise<void> => {
    for (const ids of chunksOf(enterpriseIds)) await names.removeWhere(db, { enterpriseId: db.command.in(ids) });
  },

  /** After a rename is stored: the entries of the names it had before. */
  removeOtherNames: (db: Database, enterprise: Named): Promise<number> =>
    names.removeWhere(db, { enterpriseId: enterprise._id, nameKey: db.command.neq(nameKeyOf(enterprise.name)) }),

  isReady: async (db: Database): Promise<boolean> => (await jobCursorRepo.read(db, NAME_INDEX_CURSOR))?.stage === NAME_INDEX_READY,

  /**
   * The enterprises (in a unit, if given) with an entry starting with the keyword: one range read
   * of at most `limit` entries. Not `ready` while the index is not built (older data, before the
   * hourly backfill); `complete` unless the range held more entries than were read.
   */
  candidates: async (db: Database, keyword: string, unitId: string | undefined, limit: number): Promise<{ ready: boolean; ids: string[]; complete: boolean }> => {
    const _ = db.command;
    const { from, to } = prefixRange(keyword);
    const [ready, found] = await Promise.all([
      enterpriseNameRepo.isReady(db),
      names.of(db).where({ ...(unitId ? { unitId } : {}), suffix: _.gte(from).and(_.lt(to)) }).field({ enterpriseId: true }).limit(limit).get(),
    ]);
    return { ready, ids: [...new Set(found.data.map((e) => e.enterpriseId))], complete: found.data.length < limit };
  },
};
