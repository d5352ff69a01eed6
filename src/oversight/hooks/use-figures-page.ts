import { useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import type { SliceDimension } from '@/core/figures/contributions';
import type { FiguresView, RankingLine, RankingView, TrendView } from '@/core/figures/figures.model';
import type { Role } from '@/core/roles';
import { useAsyncData } from '@/hooks/use-async-data';
import { usePagedList } from '@/hooks/use-paged-list';
import { useOptions } from '@/hooks/use-options';
import { useUnitOptions } from '@/hooks/use-unit-options';
import { listDepartments } from '@/services/org.service';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { fetchFigures, fetchRanking, fetchTrend } from '../services/figures.service';
import { useFiguresQuery, type SliceChoice } from './use-figures-query';

const DIMENSIONS: Partial<Record<Role, readonly SliceDimension[]>> = {
  district_admin: ['district', 'unit', 'department', 'category'],
  unit_admin: ['unit', 'steward'],
};

const never = <T,>(): Promise<T> => new Promise<T>(() => undefined);
const none = () => Promise.resolve([]);

/** Which rankings a slice has: the district's units and departments, or a unit's stewards. */
const rankingsOf = (role: Role, slice: SliceChoice) => {
  const dimension = slice.dimension ?? (role === 'district_admin' ? 'district' : role === 'unit_admin' ? 'unit' : undefined);
  return {
    district: role === 'district_admin' && dimension === 'district',
    stewards: (role === 'district_admin' || role === 'unit_admin') && dimension === 'unit' && (role === 'unit_admin' || !!slice.id),
  };
};

/** The figures screen: period and slice chosen, figures, their monthly trend and the rankings that fit the slice. */
export function useFiguresPage(role: Role) {
  const params = useRouter().params;
  const query = useFiguresQuery({
    dimension: params.dimension as SliceDimension | undefined,
    id: params.id || undefined,
    name: params.name ? decodeURIComponent(params.name) : undefined,
  });
  const { periodInput, sliceInput, slice } = query;
  const dimensions = DIMENSIONS[role] ?? [];
  const dimension = slice.dimension ?? dimensions[0];
  // A dimension that names one of many (a unit for the district, a steward for a unit admin) waits for the choice.
  const waitingForPick = !!dimension && dimension !== 'district' && !slice.id && !(role === 'unit_admin' && dimension === 'unit');
  const ready = !!periodInput && !waitingForPick;
  const rankings = rankingsOf(role, slice);

  const figures = useAsyncData<FiguresView>(() => (ready ? fetchFigures({ period: periodInput!, slice: sliceInput }) : never()), ready && `${query.periodKey}|${query.sliceKey}`);
  const trend = useAsyncData<TrendView>(() => (waitingForPick ? never() : fetchTrend({ slice: sliceInput, months: 12 })), !waitingForPick && query.sliceKey);
  const units = useAsyncData<RankingView>(() => (ready && rankings.district ? fetchRanking({ of: 'units', period: periodInput! }) : never()), ready && rankings.district && query.periodKey);
  const departments = useAsyncData<RankingView>(() => (ready && rankings.district ? fetchRanking({ of: 'departments', period: periodInput! }) : never()), ready && rankings.district && query.periodKey);
  // A unit's stewards (hundreds at ten times scale) a page at a time; the first page also brings
  // the chart's top rows and when the kept ranking was computed, held with the key it answered.
  const stewardsKey = ready && rankings.stewards ? `${query.periodKey}|${query.sliceKey}` : null;
  const [stewardsHead, setStewardsHead] = useState<{ key: string; view: RankingView } | null>(null);
  const stewards = usePagedList<RankingLine>({
    fetchPage: async (page, pageSize) => {
      if (!stewardsKey) return never();
      const view = await fetchRanking({ of: 'stewards', period: periodInput!, ...(slice.id ? { unitId: slice.id } : {}), page, pageSize });
      if (page === 1) setStewardsHead({ key: stewardsKey, view });
      return { items: view.rows, page, pageSize, hasMore: view.paging?.hasMore ?? false };
    },
    keyOf: (row) => row.id,
    resetKey: stewardsKey,
    pageSize: 20,
  });

  const district = role === 'district_admin';
  const unitOptions = useUnitOptions(district && dimension === 'unit');
  const pickDepartment = district && dimension === 'department';
  const departmentOptions = useOptions(pickDepartment ? listDepartments : none, pickDepartment, (d) => ({ value: d.id, label: d.name }));
  // A unit admin's stewards are picked by name search (SliceBar), not from a list of them all.
  const options = district ? { unit: unitOptions, department: departmentOptions } : {};

  usePullDownRefresh(async () => {
    await Promise.all([
      ...[figures, trend, units, departments].map((d) => (d.state.status === 'loading' ? undefined : d.refresh())),
      stewardsKey && stewards.status !== 'loading' ? stewards.refresh() : undefined,
    ]);
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => {
    if (stewardsKey) void stewards.loadMore();
  });

  return {
    ...query, dimensions, dimension, waitingForPick, rankings, figures, trend, units, departments, options, today: shanghaiNow().date,
    stewards, stewardsHead: stewardsHead?.key === stewardsKey ? stewardsHead.view : null,
  };
}
