import { Text, View } from '@tarojs/components';
import type { DemandDetail } from '@/core/demand/demand.model';
import { Card } from '../card';
import { StatusTag } from '../status-tag';
import { DueLine } from './due-line';
import './step-form.scss';

const EXCERPT = 80;

/** The demand a step page acts on, in a few lines. */
export function DemandBrief({ demand, showDescription = true }: { demand: DemandDetail; showDescription?: boolean }) {
  const text = demand.description.length > EXCERPT ? `${demand.description.slice(0, EXCERPT)}…` : demand.description;
  return (
    <Card className='demand-brief'>
      <View className='demand-brief__head'>
        <Text className='step-page__summary demand-title text-title'>{demand.title}</Text>
        <StatusTag status={demand.status} />
      </View>
      <View className='step-page__meta text-meta'>
        {`${demand.enterpriseName} · ${demand.category}${demand.departmentName ? ` · ${demand.departmentName}` : ''}`}
      </View>
      <DueLine demand={demand} />
      {showDescription ? <View className='demand-brief__text'>{text}</View> : null}
      {demand.attachments.length > 0 ? <View className='step-page__meta text-meta'>{`附件 ${demand.attachments.length} 个（可在诉求详情中查看）`}</View> : null}
    </Card>
  );
}
