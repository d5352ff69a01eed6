import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { HandoverItem } from '@/components/org/handover-item';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import type { HandoverStatus } from '@/core/org/org.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listHandovers } from '@/services/handover.service';
import type { Option } from '@/utils/option';
import { DecidePanel } from '../../components/decide-panel';
import { useHandoverDecision } from '../../hooks/use-handover-decision';

const TABS: Option<HandoverStatus>[] = [
  { label: '待确认', value: 'pending' },
  { label: '已生效', value: 'confirmed' },
  { label: '已退回', value: 'rejected' },
];

/**
 * Steward changes reported by the units (art. 10): the district confirms each, which moves the
 * enterprises and tells the new steward, the enterprises and the unit, or returns it with a reason.
 */
export default function HandoversPage() {
  const [tab, setTab] = useState(TABS[0]);
  const status = tab.value;
  const list = usePagedList({ fetchPage: (page, pageSize) => listHandovers({ status, page, pageSize }), keyOf: (h) => h.id, resetKey: status });
  const decision = useHandoverDecision();
  const refresh = async () => {
    decision.forget();
    await list.refresh();
  };
  useListPageEvents({ refresh, loadMore: list.loadMore });

  return (
    <View className='page-root handovers-page'>
      <Tabs name='handover-status' tabs={TABS} active={tab} onChange={setTab} />
      <PagedList
        list={list}
        emptyTitle={status === 'pending' ? '没有待确认的管家交接' : '暂无记录'}
        emptyHint={status === 'pending' ? '各单位报来的管家变更会出现在这里，确认后才生效。' : undefined}
        renderItem={(item) => {
          const handover = decision.decided[item.id] ?? item;
          return (
            <HandoverItem key={item.id} handover={handover} showUnit>
              {handover.status === 'pending' && decision.open?.id !== item.id ? (
                <View className='list-item__actions'>
                  <Text className='row-action approve-action' onClick={() => decision.start(item, true)}>
                    确认交接
                  </Text>
                  <Text className='row-action row-action--danger reject-action' onClick={() => decision.start(item, false)}>
                    退回
                  </Text>
                </View>
              ) : null}
              {decision.open?.id === item.id ? <DecidePanel decision={decision} approveLabel='交接' rejectLabel='退回' rejectHint='请写明退回理由，单位会看到' /> : null}
            </HandoverItem>
          );
        }}
      />
    </View>
  );
}
