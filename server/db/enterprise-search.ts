import { searchKey } from '../../src/core/text/name-suffixes';
import type { Database } from '../runtime/cloud-types';
import { enterpriseNameRepo } from './enterprise-name.repo';
import { enterpriseRepo } from './enterprise.repo';
import { containsText } from './text-search';

/**
 * The enterprises (in a unit, if given) whose name contains what a person typed, at most `max`, or
 * 'too many', from the name index: one range read of entries and one read of the candidates'
 * names, whatever the number of enterprises. Null when the index cannot tell: while it is being
 * built, or when more entries start with the keyword than it reads (a common keyword, whose
 * matches a scan of the names in name order finds quickly).
 */
export const enterprisesNamedFromIndex = async (db: Database, keyword: string, unitId: string | undefined, max: number): Promise<string[] | 'too many' | null> => {
  // Twice as many entries as enterprises wanted: a name may hold the keyword twice, or be an old one.
  const found = await enterpriseNameRepo.candidates(db, keyword, unitId, 2 * (max + 1));
  if (!found.ready || !found.complete) return null;
  const wanted = searchKey(keyword);
  const stored = found.ids.length ? await enterpriseRepo.all(db, { _id: db.command.in(found.ids) }, { name: true }) : [];
  const ids = stored.filter((e) => searchKey(e.name).includes(wanted)).map((e) => e._id);
  return ids.length > max ? 'too many' : ids;
};

/** The same, answered by a scan of the names in name order (their index) when the name index cannot tell. */
export const enterprisesNamed = async (db: Database, keyword: string, unitId: string | undefined, max: number): Promise<string[] | 'too many'> => {
  const fromIndex = await enterprisesNamedFromIndex(db, keyword, unitId, max);
  if (fromIndex) return fromIndex;
  const query = enterpriseRepo.find(db, { name: containsText(db, keyword), ...(unitId ? { unitId } : {}) }).orderBy('name', 'asc');
  const { data } = await query.field({ _id: true }).limit(max + 1).get();
  return data.length > max ? 'too many' : data.map((e) => e._id);
};
