import { Button, View } from '@tarojs/components';
import { usePullDownRefresh, useRouter } from '@tarojs/taro';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useDemandDetail } from '@/hooks/use-demand-detail';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { goBackOrHome } from '@/utils/navigation';
import { DemandBody, DemandHead } from './demand-facts';
import { DemandTimeline } from './demand-timeline';
import { StepActions } from './step-actions';
import './index.scss';

// Trying again cannot fix these, so they get a back button instead of 重试.
const FINAL_ERRORS: Record<string, string> = {
  NOT_FOUND: '诉求不存在',
  FORBIDDEN: '无权查看此诉求',
};

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

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    const finalTitle = FINAL_ERRORS[state.error.code];
    return (
      <ErrorState
        title={finalTitle ?? '加载失败'}
        message={state.error.message}
        onRetry={finalTitle ? undefined : () => void reload()}
        action={
          <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
            返回
          </Button>
        }
      />
    );
  }

  const demand = state.data;
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
