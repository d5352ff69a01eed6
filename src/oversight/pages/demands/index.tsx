import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DemandItem } from '@/components/demand/demand-item';
import { ExportBar } from '@/components/export-bar';
import { PagedList } from '@/components/paged-list';
import { DEMAND_EXPORT_MAX_ROWS } from '@/core/contracts/demand.fields';
import { useDemandDepartments } from '@/hooks/use-demand-departments';
import { useExport } from '@/hooks/use-export';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import { useUnitOptions } from '@/hooks/use-unit-options';
import { listDemands } from '@/services/demand.service';
import { enterpriseProfileUrl } from '@/utils/org-urls';
import { toDemandFilter, useWatchFilter } from '../../hooks/use-watch-filter';
import { exportDemands } from '../../services/oversight.service';
import { WatchFilters } from './watch-filters';
import './index.scss';

/**
 * 诉求督办清单: every demand the caller oversees (the district all of them, a unit admin its unit's),
 * filtered, exported to Excel, each opening the demand or its enterprise's profile.
 */
export default function WatchListPage() {
  const { session } = useSession();
  const district = session.status === 'ready' && session.user?.role === 'district_admin';
  const units = useUnitOptions(district);
  const departments = useDemandDepartments();
  const exporter = useExport(exportDemands);
  // A new query makes the last export stale.
  const filter = useWatchFilter(exporter.forget);
  const selected = toDemandFilter(filter.applied);
  const list = usePagedList({
    fetchPage: (page, pageSize) => listDemands({ ...selected, page, pageSize }),
    keyOf: (d) => d.id,
    resetKey: filter.applied,
    pageSize: 20,
  });
  // Back from a demand whose state changed: the list shows it where it now belongs.
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });

  return (
    <View className='page-root watch-list-page'>
      <WatchFilters draft={filter.draft} onChange={filter.change} units={district ? units : undefined} departments={departments} error={filter.error} onSearch={filter.search} onClear={filter.clear} />
      <ExportBar hint={`导出当前条件下的全部诉求（最多 ${DEMAND_EXPORT_MAX_ROWS} 条）`} exporting={exporter.exporting} file={exporter.file} onExport={() => void exporter.run(selected)} />
      <PagedList
        list={list}
        className='demand-list watch-list'
        emptyTitle='没有符合条件的诉求'
        emptyHint='可调整单位、部门、状态或时间后再查询。'
        renderItem={(demand) => (
          <DemandItem
            key={demand.id}
            demand={demand}
            showEnterprise
            showDepartment
            showSteward
            onOpenEnterprise={() => void Taro.navigateTo({ url: enterpriseProfileUrl(demand.enterpriseId) })}
          />
        )}
      />
    </View>
  );
}
