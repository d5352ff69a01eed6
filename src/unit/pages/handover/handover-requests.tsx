import { AsyncCard } from '@/components/async-card';
import { HandoverItem } from '@/components/org/handover-item';
import { useAsyncData } from '@/hooks/use-async-data';
import { listHandovers } from '@/services/handover.service';

/** The unit's recent steward-change requests, with where the district's decision stands. */
export function HandoverRequests() {
  const requests = useAsyncData(() => listHandovers({ page: 1, pageSize: 10 }), 'handovers');
  return (
    <AsyncCard
      className='handover-requests'
      title='本单位交接申请'
      state={requests.state}
      onRetry={() => void requests.reload()}
      isEmpty={(page) => page.items.length === 0}
      emptyText='还没有交接申请'
    >
      {(page) => page.items.map((h) => <HandoverItem key={h.id} handover={h} />)}
    </AsyncCard>
  );
}
