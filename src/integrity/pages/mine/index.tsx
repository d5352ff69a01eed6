import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import type { IntegrityReportMine } from '@/core/integrity/integrity.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { formatDateTime } from '@/utils/format-time';
import { INTEGRITY_NEW_URL } from '@/utils/training-urls';
import { listMyIntegrityReports } from '../../services/integrity.service';
import './index.scss';

function ReportItem({ report }: { report: IntegrityReportMine }) {
  return (
    <View className='list-item integrity-mine-item'>
      <RecordHead title={report.category} size='md'>
        <Chip tone={report.reply ? 'ok' : 'waiting'} className='integrity-mine-item__status'>
          {report.statusLabel}
        </Chip>
      </RecordHead>
      <View className='list-item__meta'>
        {report.number} · {formatDateTime(report.submittedAt)} 提交{report.anonymous ? ' · 对单位匿名' : ''}
      </View>
      <View className='text-body integrity-mine-item__text'>{report.description}</View>
      {report.reply ? (
        <View className='integrity-reply'>
          <Text className='text-subtitle'>区科经委答复（{formatDateTime(report.repliedAt)}）</Text>
          <View className='text-body integrity-reply__text'>{report.reply}</View>
        </View>
      ) : null}
    </View>
  );
}

/** The reporter's own reports: where each stands and the district's reply. */
export default function IntegrityMinePage() {
  const list = usePagedList({ fetchPage: (page, pageSize) => listMyIntegrityReports({ state: 'all', page, pageSize }), keyOf: (r) => r.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void list.refresh() });
  return (
    <View className='page-root integrity-mine-page'>
      <View className='toolbar toolbar--padded'>
        <Text className='toolbar__grow text-note'>只有您和区科经委能看到这些反映。</Text>
        <Button className='primary-button toolbar-button new-integrity-report' size='mini' onClick={() => void Taro.navigateTo({ url: INTEGRITY_NEW_URL })}>
          我要反映
        </Button>
      </View>
      <PagedList list={list} emptyTitle='您还没有反映过问题' emptyHint='发现服务管家不作为、干预企业经营或以权谋私，可以向区科经委反映。' renderItem={(r) => <ReportItem key={r.id} report={r} />} />
    </View>
  );
}
