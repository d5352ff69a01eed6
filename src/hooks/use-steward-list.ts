import { useState } from 'react';
import { listStewards } from '@/services/org.service';
import { usePagedList } from './use-paged-list';

interface StewardListOptions {
  /** The district names the unit; a unit admin's own unit when left out. */
  unitId?: string;
  /** Only stewards who can take enterprises (active and signed in). */
  assignable?: boolean;
  /** A steward not to list (the one handing over, the one already chosen). */
  exceptId?: string;
}

/**
 * A unit's stewards a page at a time, by name, with a name search: a unit may have hundreds, so
 * pickers and rosters never load them all. `total` is how many match, once the first page is in.
 */
export function useStewardList({ unitId, assignable = false, exceptId }: StewardListOptions) {
  const [keyword, setKeyword] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const list = usePagedList({
    fetchPage: async (page, pageSize) => {
      const result = await listStewards({ ...(unitId ? { unitId } : {}), ...(keyword ? { keyword } : {}), ...(exceptId ? { exceptId } : {}), assignable, page, pageSize });
      setTotal(result.total);
      return result;
    },
    keyOf: (s) => s.id,
    resetKey: `${unitId ?? ''}|${keyword}|${assignable}|${exceptId ?? ''}`,
    pageSize: 20,
  });
  return { ...list, keyword, search: setKeyword, total };
}
