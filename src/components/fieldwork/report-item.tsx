import { View } from '@tarojs/components';
import type { ReportView } from '@/core/fieldwork/fieldwork.model';
import { formatDateTime } from '@/utils/format-time';
import { Chip } from '../chip';
import { Notice } from '../notice';
import './fieldwork-items.scss';

interface ReportItemProps {
  report: ReportView;
  /** Lists across enterprises name the enterprise; one enterprise's profile does not need to. */
  showEnterprise?: boolean;
}

/** One key-information report: category, what it says, and the risk it raised, if any. */
export function ReportItem({ report, showEnterprise }: ReportItemProps) {
  return (
    <View className={`card-row report-item${report.risk ? ' report-item--risk' : ''}`}>
      <View className='report-item__head'>
        <Chip className='report-item__category'>{report.category}</Chip>
        {report.risk ? (
          <Chip tone='danger-solid' className='risk-flag'>
            风险提示
          </Chip>
        ) : null}
      </View>
      {showEnterprise ? <View className='report-item__enterprise text-subtitle'>{report.enterpriseName}</View> : null}
      <View className='report-item__summary'>{report.summary}</View>
      {report.riskReason ? (
        <Notice tone='error' compact className='report-item__risk-reason'>
          {report.riskReason}
        </Notice>
      ) : null}
      <View className='report-item__meta'>{`${report.reportedByName} · ${formatDateTime(report.createdAt)}`}</View>
    </View>
  );
}
