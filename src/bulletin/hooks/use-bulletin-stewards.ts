import { useCallback, useMemo } from 'react';
import type { BulletinUnitDetail } from '@/core/bulletin/bulletin.model';
import { BULLETIN_STEWARD_PAGE } from '@/core/bulletin/steward-lines';
import type { RankingLine } from '@/core/figures/figures.model';
import { usePagedList } from '@/hooks/use-paged-list';
import { getBulletinStewards } from '../services/bulletin.service';

/**
 * A unit's steward ranking in a bulletin, a page at a time. The first page came with the bulletin
 * (its section holds it), so it is shown without a call; later pages are asked for on demand.
 */
export function useBulletinStewards(bulletinId: string, detail: BulletinUnitDetail<RankingLine>) {
  const first = useMemo(() => ({ items: detail.stewards.rows, page: 1, pageSize: BULLETIN_STEWARD_PAGE, hasMore: detail.stewardCount > detail.stewards.rows.length }), [detail]);
  const fetchPage = useCallback(
    (page: number, pageSize: number) => (page === 1 ? Promise.resolve(first) : getBulletinStewards({ id: bulletinId, unitId: detail.unitId, page, pageSize })),
    [bulletinId, detail.unitId, first],
  );
  return usePagedList<RankingLine>({ fetchPage, keyOf: (row) => row.id, resetKey: detail, pageSize: BULLETIN_STEWARD_PAGE, initial: first });
}
