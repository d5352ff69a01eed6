import type { DemandStatus } from '@/core/demand/demand.model';

export interface StatusFilter {
  label: string;
  status?: DemandStatus;
}

/** The tabs above a demand list; each asks `demand.list` for one status. */
export const DEMAND_STATUS_FILTERS: StatusFilter[] = [
  { label: '全部' },
  { label: '待审核', status: 'submitted' },
  { label: '退回修改', status: 'returned' },
  { label: '已派单', status: 'dispatched' },
  { label: '办理中', status: 'accepted' },
  { label: '待补充', status: 'waiting_enterprise' },
  { label: '已办结', status: 'resolved' },
  { label: '整改中', status: 'rectifying' },
  { label: '已关闭', status: 'closed' },
];

/** A steward also follows re-routing and withdrawn demands. */
export const STEWARD_STATUS_FILTERS: StatusFilter[] = [
  ...DEMAND_STATUS_FILTERS.slice(0, 7),
  { label: '待回访/整改中', status: 'rectifying' },
  { label: '待重新派单', status: 'rerouting' },
  { label: '待区裁定', status: 'district_review' },
  { label: '已关闭', status: 'closed' },
  { label: '已撤回', status: 'withdrawn' },
];

/** A handling department's work, in the order it comes. */
export const DEPARTMENT_STATUS_FILTERS: StatusFilter[] = [
  { label: '待受理', status: 'dispatched' },
  { label: '办理中', status: 'accepted' },
  { label: '待企业补充', status: 'waiting_enterprise' },
  { label: '整改中', status: 'rectifying' },
  { label: '已办结', status: 'resolved' },
  { label: '已关闭', status: 'closed' },
  { label: '全部' },
];

/** The tab for a status named in a link (e.g. from a home count), or the first tab. */
export const filterFor = (filters: StatusFilter[], status: string | undefined): StatusFilter =>
  (status && filters.find((f) => f.status === status)) || filters[0];
