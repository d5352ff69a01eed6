import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ExportBar } from '@/components/export-bar';
import { ReportItem } from '@/components/fieldwork/report-item';
import { PagedList } from '@/components/paged-list';
import { useFilterDraft } from '@/hooks/use-filter-draft';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReportExport } from '@/hooks/use-report-export';
import { listReports } from '@/services/report.service';
import { useUnitOptions } from '../../hooks/use-org-options';
import { NO_FILTER, ReportFilters, toReportFilter } from './report-filters';
import './index.scss';

/** Key-information reports across the district: filter by category, unit and period; export to Excel. */
export default function DistrictReportsPage() {
  const units = useUnitOptions();
  const exporter = useReportExport();
  // A new query makes the last export stale.
  const filter = useFilterDraft(NO_FILTER, undefined, exporter.forget);
  const { applied } = filter;
  const list = usePagedList({
    fetchPage: (page, pageSize) => listReports({ ...toReportFilter(applied), page, pageSize }),
    keyOf: (r) => r.id,
    resetKey: applied,
    pageSize: 20,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });

  return (
    <View className='page-root district-reports-page'>
      <ReportFilters draft={filter.draft} onChange={filter.change} units={units} error={filter.error} onSearch={filter.search} onClear={filter.clear} />
      <ExportBar hint='导出当前查询条件下的全部报送' exporting={exporter.exporting} file={exporter.file} onExport={() => void exporter.run(toReportFilter(applied))} />
      <PagedList
        list={list}
        emptyTitle='没有符合条件的报送'
        emptyHint='可调整类别、单位或时间后再查询。'
        renderItem={(report) => <Card key={report.id}><ReportItem report={report} showEnterprise /></Card>}
      />
    </View>
  );
}
