import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ExportLink } from '@/components/fieldwork/export-link';
import { PagedList } from '@/components/paged-list';
import { LoadingState } from '@/components/loading-state';
import { ReportItem } from '@/components/fieldwork/report-item';
import { Tabs } from '@/components/tabs';
import type { Role } from '@/core/roles';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReportExport } from '@/hooks/use-report-export';
import { useSession } from '@/hooks/use-session';
import { listReports } from '@/services/report.service';
import { reportNewUrl } from '@/utils/fieldwork-urls';
import { paramText } from '@/utils/org-urls';

const ALL = { label: '全部报送', riskOnly: false };
const RISK = { label: '风险提示', riskOnly: true };

/**
 * Key-information reports in the caller's scope: a steward's or liaison's own, a unit's (risk
 * first, with export), or one enterprise's when opened from its profile.
 */
export default function ReportsPage() {
  const { session } = useSession();
  // The tabs and actions depend on the role: wait for it rather than load the list twice.
  if (session.status !== 'ready') return <LoadingState />;
  return <ReportsList role={session.user?.role} />;
}

function ReportsList({ role }: { role?: Role }) {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId || undefined;
  const isUnit = role === 'unit_admin';
  // A unit admin looks at risks first; opened with risk=1 (from a home tile) too.
  const tabs = isUnit ? [RISK, ALL] : [ALL, RISK];
  const [picked, setPicked] = useState<typeof ALL | null>(params.risk === '1' ? RISK : null);
  const tab = picked ?? tabs[0];
  const filter = { enterpriseId, riskOnly: tab.riskOnly || undefined };
  const list = usePagedList({
    fetchPage: (page, pageSize) => listReports({ ...filter, page, pageSize }),
    keyOf: (r) => r.id,
    resetKey: `${tab.label}|${enterpriseId ?? ''}`,
  });
  const exporter = useReportExport();
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });
  const canReport = role === 'steward' || role === 'liaison';

  return (
    <View className='page-root reports-page'>
      {enterpriseId ? <View className='page-heading'>{paramText(params.name) || '本企业'}</View> : null}
      <View className='toolbar'>
        <View className='toolbar__grow'>
          <Tabs tabs={tabs} active={tab} onChange={setPicked} />
        </View>
        {canReport ? (
          <Button className='primary-button toolbar-button new-report-button' size='mini' onClick={() => void Taro.navigateTo({ url: reportNewUrl(enterpriseId, paramText(params.name)) })}>
            报送
          </Button>
        ) : null}
        {isUnit ? (
          <Button className={`plain-button toolbar-button export-button${exporter.exporting ? ' is-disabled' : ''}`} size='mini' onClick={() => void exporter.run(filter)}>
            {exporter.exporting ? '导出中…' : '导出'}
          </Button>
        ) : null}
      </View>
      {exporter.file ? <ExportLink file={exporter.file} /> : null}
      <PagedList
        list={list}
        emptyTitle={tab.riskOnly ? '暂无风险提示' : '暂无报送记录'}
        emptyHint={canReport ? '企业经营、投融资、迁入迁出等重要信息请及时报送。' : undefined}
        renderItem={(report) => <Card key={report.id}><ReportItem report={report} showEnterprise={!enterpriseId} /></Card>}
      />
    </View>
  );
}
