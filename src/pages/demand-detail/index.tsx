import { View } from '@tarojs/components';
import { usePullDownRefresh, useRouter } from '@tarojs/taro';
import Taro from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import type { DemandDetail } from '@/core/demand/demand.model';
import { useDemandDetail } from '@/hooks/use-demand-detail';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { DEMAND_FINAL_ERRORS } from '@/utils/demand-steps';
import { DemandBody, DemandHead } from './demand-facts';
import { DemandTimeline } from './demand-timeline';
import { StepActions } from './step-actions';
import './index.scss';


/** The demand's hub: where it stands, its deadline, files, results, what the viewer may do, its history. */
export default function DemandDetailPage() {
  const id = useRouter().params.id ?? '';
  const { state, reload, refresh } = useDemandDetail(id);
  // Back from a step's own page: show the demand as it is now.
  useReloadOnShow(refresh);
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });

  return (
    <AsyncView state={state} onRetry={() => void reload()} finalErrors={DEMAND_FINAL_ERRORS}>
      {(demand) => <DemandHub demand={demand} refresh={refresh} />}
    </AsyncView>
  );
}

function DemandHub({ demand, refresh }: { demand: DemandDetail; refresh: () => Promise<void> }) {
  return (
    <View className='page-root demand-detail'>
      <DemandHead demand={demand} />
      <StepActions demand={demand} refresh={refresh} />
      <DemandBody demand={demand} />
      <Card title='办理进度'>
        <DemandTimeline entries={demand.timeline} />
      </Card>
    </View>
  );
}
