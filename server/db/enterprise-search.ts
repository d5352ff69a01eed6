import { searchKey } from '../../src/core/text/name-suffixes';
import type { Database } from '../runtime/cloud-types';
import { enterpriseNameRepo } from './enterprise-name.repo';
import { enterpriseRepo } from './enterprise.repo';
import { containsText } from './text-search';

/**
 * The enterprises (in a unit, if given) whose name contains what a person typed, at most `max`,
 * or 'too many'. From the name index: one range read of entries and one read of the candidates'
 * names, whatever the number of enterprises; by a scan of the names (which finds a common keyword
 * quickly) while the index is being built, or when more entries start with the keyword than it reads.
 */
export const enterprisesNamed = async (db: Database, keyword: string, unitId: string | undefined, max: number): Promise<string[] | 'too many'> => {
  // Twice as many entries as enterprises wanted: a name may hold the keyword twice, or be an old one.
  const found = await enterpriseNameRepo.candidates(db, keyword, unitId, 2 * (max + 1));
  if (found.ready && found.complete) {
    const wanted = searchKey(keyword);
    const stored = found.ids.length ? await enterpriseRepo.all(db, { _id: db.command.in(found.ids) }, { name: true }) : [];
    const ids = stored.filter((e) => searchKey(e.name).includes(wanted)).map((e) => e._id);
    return ids.length > max ? 'too many' : ids;
  }
  const { data } = await enterpriseRepo.find(db, { name: containsText(db, keyword), ...(unitId ? { unitId } : {}) }).field({ _id: true }).limit(max + 1).get();
  return data.length > max ? 'too many' : data.map((e) => e._id);
};
