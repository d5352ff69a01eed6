import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import { Tabs } from '@/components/tabs';
import { INTEGRITY_STATUS_LABELS, type IntegrityReportRow } from '@/core/integrity/integrity.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { formatDateTime } from '@/utils/format-time';
import { districtIntegrityUrl } from '@/utils/training-urls';
import { listIntegrityReports } from '../../services/integrity.service';

type Tab = { label: string; value: 'open' | 'closed' | 'all' };
const TABS: Tab[] = [
  { label: '办理中', value: 'open' },
  { label: '已答复', value: 'closed' },
  { label: '全部', value: 'all' },
];

function ReportRow({ report }: { report: IntegrityReportRow }) {
  const due = report.status === 'submitted' ? `${formatDateTime(report.ackDueAt)} 前受理` : report.status === 'replied' ? '' : `${formatDateTime(report.concludeDueAt)} 前办结`;
  return (
    <View className='list-item integrity-row' onClick={() => void Taro.navigateTo({ url: districtIntegrityUrl(report.id) })}>
      <RecordHead title={report.category} size='md'>
        {report.overdue ? <Chip tone='danger'>已逾期</Chip> : null}
        <Chip tone={report.status === 'replied' ? 'ok' : 'waiting'}>{INTEGRITY_STATUS_LABELS[report.status]}</Chip>
      </RecordHead>
      <View className='list-item__meta'>
        {report.number} · {formatDateTime(report.submittedAt)} 收到{due ? ` · ${due}` : ''}
      </View>
    </View>
  );
}

/** The district's 亲清 reports: numbers, categories and deadlines only; the content is read (and logged) one by one. */
export default function IntegrityListPage() {
  const [tab, setTab] = useState(TABS[0]);
  const list = usePagedList({ fetchPage: (page, pageSize) => listIntegrityReports({ state: tab.value, page, pageSize }), keyOf: (r) => r.id, resetKey: tab.value });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void list.refresh() });
  return (
    <View className='page-root integrity-list-page'>
      <View className='page-note'>仅区科经委可见；打开一条反映即留下查阅记录。受理期限 1 个工作日，办结期限 15 个工作日。</View>
      <Tabs name='integrity' tabs={TABS} active={tab} onChange={setTab} />
      <PagedList list={list} emptyTitle='暂无反映' renderItem={(r) => <ReportRow key={r.id} report={r} />} />
    </View>
  );
}
