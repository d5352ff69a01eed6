import { View } from '@tarojs/components';
import { PagedList } from '@/components/paged-list';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { SpotCheckItem } from '../../components/spot-check-item';
import { useRole } from '../../hooks/use-role';
import { listSpotCheckFindings } from '../../services/inspection.service';

/** Spot-check results: a steward's about their own records, a unit's about its stewards, the district's all. */
export default function FindingsPage() {
  const role = useRole();
  const list = usePagedList({ fetchPage: (page, pageSize) => listSpotCheckFindings({ page, pageSize }), keyOf: (i) => i.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void list.refresh() });
  return (
    <View className='page-root findings-page'>
      <View className='page-note'>{role === 'steward' ? '区科经委向企业核实您的联系和走访记录的结果。' : '周抽查向企业核实的结果；“不属实”计入年度考核扣分。'}</View>
      <PagedList list={list} emptyTitle='暂无核实结果' renderItem={(i) => <SpotCheckItem key={i.id} initial={i} canVerify={false} />} />
    </View>
  );
}
