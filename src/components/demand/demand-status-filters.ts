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
  { label: '已关闭', status: 'closed' },
];
