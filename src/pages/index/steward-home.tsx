import { View } from '@tarojs/components';
import { StewardDemandsCard } from '@/components/demand/home-demand-cards';
import { CadenceCard } from '@/components/fieldwork/cadence-card';
import { FieldworkEntries } from '@/components/fieldwork/fieldwork-entries';
import { PromotionTodosCard } from '@/components/fieldwork/promotion-todos-card';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listEnterprises } from '@/services/enterprise.service';
import { listPendingHandoverTasks } from '@/services/handover.service';
import { HandoverTasksCard } from './handover-tasks-card';
import { MyEnterprisesCard } from './my-enterprises-card';
import './role-homes.scss';

const COUNT_PAGE_SIZE = 50;

/** A steward's home: handover tasks first (they have a deadline), then enterprises and demands. */
export function StewardHome() {
  const tasks = useAsyncData(listPendingHandoverTasks, 'handover-tasks');
  const enterprises = useAsyncData(() => listEnterprises({ page: 1, pageSize: COUNT_PAGE_SIZE }), 'my-enterprises');
  // A contact recorded elsewhere may have completed a task; show the current state on return.
  useReloadOnShow(() => {
    void tasks.reload();
    void enterprises.reload();
  });

  return (
    <View className='steward-home'>
      <HandoverTasksCard state={tasks.state} onRetry={() => void tasks.reload()} />
      <CadenceCard canRecord />
      <PromotionTodosCard />
      <FieldworkEntries role='steward' />
      <MyEnterprisesCard title='我的企业' state={enterprises.state} onRetry={() => void enterprises.reload()} />
      <StewardDemandsCard />
    </View>
  );
}
