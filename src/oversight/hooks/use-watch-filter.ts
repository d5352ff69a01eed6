import { useRouter } from '@tarojs/taro';
import type { ActionInput } from '@/core/contracts';
import { DEMAND_CATEGORIES, DEMAND_STATUSES, type DemandCategory, type DemandStatus } from '@/core/demand/demand.model';
import { useFilterDraft } from '@/hooks/use-filter-draft';
import { paramText } from '@/utils/org-urls';

/** The watch list's filter as the panel edits it: '' where nothing is chosen. */
export interface WatchDraft {
  keyword: string;
  status: string;
  category: string;
  unitId: string;
  departmentId: string;
  stewardId: string;
  /** Shown on the steward's chip; not sent. */
  stewardName: string;
  from: string;
  to: string;
  overdue: boolean;
  escalated: boolean;
}

export const NO_WATCH_FILTER: WatchDraft = { keyword: '', status: '', category: '', unitId: '', departmentId: '', stewardId: '', stewardName: '', from: '', to: '', overdue: false, escalated: false };

const isStatus = (s?: string): s is DemandStatus => (DEMAND_STATUSES as readonly string[]).includes(s ?? '');

/** The filter a link names: a count on a home (`?overdue=1`, `?status=submitted`) or a steward's page. */
export const watchFilterOf = (params: Partial<Record<string, string>>): WatchDraft => ({
  ...NO_WATCH_FILTER,
  status: isStatus(params.status) ? params.status : '',
  overdue: params.overdue === '1',
  escalated: params.escalated === '1',
  unitId: params.unitId ?? '',
  stewardId: params.stewardId ?? '',
  stewardName: paramText(params.stewardName),
});

/** The draft as `demand.list` / `demand.export` take it: empty choices left out. */
export const toDemandFilter = (d: WatchDraft): ActionInput<'demand.export'> => ({
  ...(d.keyword ? { keyword: d.keyword } : {}),
  ...(isStatus(d.status) ? { status: d.status } : {}),
  // The picker offers DEMAND_CATEGORIES only.
  ...((DEMAND_CATEGORIES as readonly string[]).includes(d.category) ? { category: d.category as DemandCategory } : {}),
  ...(d.unitId ? { unitId: d.unitId } : {}),
  ...(d.departmentId ? { departmentId: d.departmentId } : {}),
  ...(d.stewardId ? { stewardId: d.stewardId } : {}),
  ...(d.from ? { from: d.from } : {}),
  ...(d.to ? { to: d.to } : {}),
  ...(d.overdue ? { overdue: true } : {}),
  ...(d.escalated ? { escalated: true } : {}),
});

const tidy = (d: WatchDraft): WatchDraft => ({ ...d, keyword: d.keyword.trim() });

/** The watch list's filter: what the link named first, then what the panel applies (查询) or clears (清空). */
export function useWatchFilter(onApply?: () => void) {
  const { params } = useRouter();
  return useFilterDraft(NO_WATCH_FILTER, tidy, onApply, watchFilterOf(params));
}
