import { DemandListScreen } from '@/components/demand/demand-list-screen';
import { STEWARD_STATUS_FILTERS } from '@/components/demand/demand-status-filters';

/** Demands of the enterprises this steward serves (the server limits the list to them). `?status=`, `?overdue=1` pick the filter. */
export default function StewardDemandsPage() {
  return (
    <DemandListScreen
      showEnterprise
      showDepartment
      withFilterBar
      statusFilters={STEWARD_STATUS_FILTERS}
      emptyHint='您服务的企业提交诉求后会显示在这里，待审核的诉求请在 1 个工作日内处理。'
    />
  );
}
