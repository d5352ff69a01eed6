import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { ExportLink } from '@/components/fieldwork/export-link';
import { ReportItem } from '@/components/fieldwork/report-item';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReportExport } from '@/hooks/use-report-export';
import { listReports } from '@/services/report.service';
import { PagedListBody } from '../../components/paged-list-body';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { useUnitOptions } from '../../hooks/use-org-options';
import { type FilterDraft, NO_FILTER, ReportFilters, toReportFilter } from './report-filters';
import '../../district.scss';
import './index.scss';

/** Key-information reports across the district: filter by category, unit and period; export to Excel. */
export default function DistrictReportsPage() {
  const [draft, setDraft] = useState<FilterDraft>(NO_FILTER);
  const [applied, setApplied] = useState<FilterDraft>(NO_FILTER);
  const [error, setError] = useState('');
  const units = useUnitOptions();
  const exporter = useReportExport();
  const list = usePagedList({
    fetchPage: (page, pageSize) => listReports({ ...toReportFilter(applied), page, pageSize }),
    keyOf: (r) => r.id,
    resetKey: applied,
    pageSize: 20,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });

  const search = () => {
    if (draft.from && draft.to && draft.from > draft.to) return setError('开始日期不能晚于结束日期');
    setError('');
    exporter.forget();
    setApplied(draft);
  };
  const clear = () => {
    setError('');
    exporter.forget();
    setDraft(NO_FILTER);
    setApplied(NO_FILTER);
  };

  return (
    <View className='page-root district-page district-reports-page'>
      <ReportFilters draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} units={units} error={error} onSearch={search} onClear={clear} />
      <View className='toolbar export-bar'>
        <View className='toolbar__grow export-bar__hint'>导出当前查询条件下的全部报送</View>
        <Button className={`primary-button toolbar-button export-button${exporter.exporting ? ' is-disabled' : ''}`} size='mini' onClick={() => void exporter.run(toReportFilter(applied))}>
          {exporter.exporting ? '导出中…' : '导出 Excel'}
        </Button>
      </View>
      {exporter.file ? <ExportLink file={exporter.file} /> : null}
      <PagedListBody
        list={list}
        emptyTitle='没有符合条件的报送'
        emptyHint='可调整类别、单位或时间后再查询。'
        renderItem={(report) => (
          <View key={report.id} className='list-item'>
            <ReportItem report={report} showEnterprise />
          </View>
        )}
      />
    </View>
  );
}
