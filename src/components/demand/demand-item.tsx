import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type DemandSummary, URGENCY_LABELS } from '@/core/demand/demand.model';
import { formatDateTime } from '@/utils/format-time';
import { demandDetailUrl } from '@/utils/navigation';
import { RecordHead } from '../record-head';
import { StatusTag } from '../status-tag';
import './demand-item.scss';

interface DemandItemProps {
  demand: DemandSummary;
  /** Stewards see many enterprises; an enterprise only its own, so the name is noise there. */
  showEnterprise: boolean;
  showDepartment?: boolean;
}

export function DemandItem({ demand, showEnterprise, showDepartment }: DemandItemProps) {
  const open = () => Taro.navigateTo({ url: demandDetailUrl(demand.id) });
  return (
    <View className={`demand-item${demand.overdue ? ' demand-item--overdue' : ''}`} onClick={open}>
      <RecordHead title={demand.title} titleClassName='demand-title' align='start'>
        <StatusTag status={demand.status} />
      </RecordHead>
      <View className='demand-item__meta text-meta'>
        {demand.overdue ? <Text className='demand-overdue'>已逾期</Text> : null}
        <Text className='demand-category'>{demand.category}</Text>
        {demand.urgency === 'urgent' ? <Text className='demand-urgent'>{URGENCY_LABELS.urgent}</Text> : null}
        {demand.onBehalf ? <Text className='demand-on-behalf'>管家代提</Text> : null}
        {showDepartment && demand.departmentName ? <Text className='demand-department'>{demand.departmentName}</Text> : null}
      </View>
      {showEnterprise ? <View className='demand-item__enterprise demand-enterprise text-meta'>{demand.enterpriseName}</View> : null}
      <View className='demand-item__time text-meta'>{formatDateTime(demand.createdAt)}</View>
    </View>
  );
}
