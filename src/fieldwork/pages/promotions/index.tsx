import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { PagedList } from '@/components/paged-list';
import { PromotionItem } from '@/components/fieldwork/promotion-item';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listPromotions } from '@/services/policy.service';
import { paramText } from '@/utils/org-urls';

/** Policies presented to enterprises: one enterprise's (from its profile) or all in the caller's scope. */
export default function PromotionsPage() {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId || undefined;
  const list = usePagedList({
    fetchPage: (page, pageSize) => listPromotions({ enterpriseId, page, pageSize }),
    keyOf: (p) => p.id,
    resetKey: enterpriseId,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });

  return (
    <View className='page-root promotions-page'>
      {enterpriseId ? <View className='page-heading'>{paramText(params.name) || '本企业'}</View> : null}
      <PagedList
        list={list}
        emptyTitle='暂无宣讲记录'
        emptyHint='在政策库中选择政策，向企业宣讲后记录企业是否有意申报。'
        renderItem={(promotion) => <Card key={promotion.id}><PromotionItem promotion={promotion} showEnterprise={!enterpriseId} /></Card>}
      />
    </View>
  );
}
