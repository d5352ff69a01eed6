import { useRouter } from '@tarojs/taro';
import { DemandListScreen } from '@/components/demand/demand-list-screen';
import type { StatusFilter } from '@/components/demand/demand-status-filters';
import { StepPage } from '@/components/demand/step-page';
import { ReassignForm } from './reassign-form';
import './index.scss';

const REROUTING: StatusFilter[] = [{ label: '待重新派单', status: 'rerouting' }];

/**
 * Demands a department returned as not its own, waiting for the district to name another
 * (within 1 working day); with `?id=` the re-routing form for one of them.
 */
export default function DemandReroutePage() {
  const id = useRouter().params.id;
  if (id) return <StepPage id={id} step='reassign' render={(demand, refresh) => <ReassignForm demand={demand} refresh={refresh} />} />;
  return (
    <DemandListScreen
      showEnterprise
      statusFilters={REROUTING}
      emptyHint='承办部门退回的诉求会显示在这里，请在 1 个工作日内重新指定承办部门。'
    />
  );
}
