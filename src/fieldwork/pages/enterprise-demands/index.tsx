import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { DemandItem } from '@/components/demand/demand-item';
import { PagedList } from '@/components/paged-list';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listDemands } from '@/services/demand.service';
import { paramText } from '@/utils/org-urls';

/** Every demand of one enterprise, newest first; each opens its detail. */
export default function EnterpriseDemandsPage() {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId ?? '';
  const list = usePagedList({
    fetchPage: (page, pageSize) => listDemands({ enterpriseId, page, pageSize }),
    keyOf: (d) => d.id,
    resetKey: enterpriseId,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });

  return (
    <View className='page-root enterprise-demands-page'>
      <View className='page-heading'>{paramText(params.name) || '本企业'}</View>
      <PagedList list={list} emptyTitle='还没有诉求' renderItem={(demand) => <DemandItem key={demand.id} demand={demand} showEnterprise={false} />} />
    </View>
  );
}
