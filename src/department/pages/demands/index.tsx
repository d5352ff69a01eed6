import { DemandListScreen } from '@/components/demand/demand-list-screen';
import { DEPARTMENT_STATUS_FILTERS } from '@/components/demand/demand-status-filters';

/** The demands dispatched to this department, by where they stand; `?status=`, `?overdue=1` pick the filter. */
export default function DepartmentDemandsPage() {
  return (
    <DemandListScreen
      showEnterprise
      withFilterBar
      statusFilters={DEPARTMENT_STATUS_FILTERS}
      emptyHint='服务管家派至本部门的诉求会显示在这里。请在派单后 1 个工作日内受理并联系企业。'
    />
  );
}
