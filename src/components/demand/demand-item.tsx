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
  /** The watch lists: whose enterprise it is. */
  showSteward?: boolean;
  /** Given, the enterprise's name opens its profile (the row itself opens the demand). */
  onOpenEnterprise?: () => void;
}

export function DemandItem({ demand, showEnterprise, showDepartment, showSteward, onOpenEnterprise }: DemandItemProps) {
  const open = () => Taro.navigateTo({ url: demandDetailUrl(demand.id) });
  return (
    <View className={`demand-item${demand.overdue ? ' demand-item--overdue' : ''}`} onClick={open}>
      <RecordHead title={demand.title} titleClassName='demand-title' align='start'>
        <StatusTag status={demand.status} />
      </RecordHead>
      <View className='demand-item__meta text-meta'>
        {demand.overdue ? <Text className='demand-overdue'>已逾期</Text> : null}
        {demand.escalated ? <Text className='demand-escalated'>已督办</Text> : null}
        <Text className='demand-category'>{demand.category}</Text>
        {demand.urgency === 'urgent' ? <Text className='demand-urgent'>{URGENCY_LABELS.urgent}</Text> : null}
        {demand.onBehalf ? <Text className='demand-on-behalf'>管家代提</Text> : null}
        {showDepartment && demand.departmentName ? <Text className='demand-department'>{demand.departmentName}</Text> : null}
        {showSteward && demand.stewardName ? <Text className='demand-steward'>{`管家 ${demand.stewardName}`}</Text> : null}
      </View>
      {showEnterprise && onOpenEnterprise ? (
        <View className='demand-item__enterprise text-meta'>
          <Text
            className='demand-enterprise demand-enterprise--link link'
            onClick={(e) => {
              e.stopPropagation();
              onOpenEnterprise();
            }}
          >
            {`${demand.enterpriseName} ›`}
          </Text>
        </View>
      ) : null}
      {showEnterprise && !onOpenEnterprise ? <View className='demand-item__enterprise demand-enterprise text-meta'>{demand.enterpriseName}</View> : null}
      <View className='demand-item__time text-meta'>{formatDateTime(demand.createdAt)}</View>
    </View>
  );
}
