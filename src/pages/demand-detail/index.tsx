import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { StatusTag } from '@/components/status-tag';
import { URGENCY_LABELS } from '@/core/demand/demand.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { CloudError } from '@/services/cloud-error';
import { getDemand } from '@/services/demand.service';
import { formatDateTime } from '@/utils/format-time';
import { goBackOrHome } from '@/utils/navigation';
import { DemandTimeline } from './demand-timeline';
import './index.scss';

// Trying again cannot fix these, so they get a back button instead of 重试.
const FINAL_ERRORS: Record<string, string> = {
  NOT_FOUND: '诉求不存在',
  FORBIDDEN: '无权查看此诉求',
};

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少诉求编号，请从列表重新进入'));

export default function DemandDetailPage() {
  const id = useRouter().params.id ?? '';
  const { state, reload } = useAsyncData(() => (id ? getDemand(id) : missingId()), id);

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
      <Card>
        <View className='demand-detail__head'>
          <Text className='demand-detail__title demand-title'>{demand.title}</Text>
          <StatusTag status={demand.status} />
        </View>
        <Field label='诉求类别' value={demand.category} className='demand-category' />
        <Field label='紧急程度' value={URGENCY_LABELS[demand.urgency] ?? demand.urgency} className='demand-urgency' />
        <Field label='提交企业' value={demand.enterpriseName} className='demand-enterprise' />
        <Field label='服务管家' value={demand.stewardName || '待分配'} className='demand-steward' />
        <Field label='提交时间' value={formatDateTime(demand.createdAt)} className='demand-created-at' />
      </Card>
      <Card title='诉求描述'>
        <Text className='demand-description' userSelect>
          {demand.description}
        </Text>
      </Card>
      <Card title='办理进度'>
        <DemandTimeline entries={demand.timeline} />
      </Card>
    </View>
  );
}

function Field({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <View className={`detail-field ${className}`}>
      <Text className='detail-field__label'>{label}</Text>
      <Text className='detail-field__value'>{value}</Text>
    </View>
  );
}
