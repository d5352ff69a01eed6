import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { EvidenceView } from '@/core/assessment/assessment.model';
import { Card } from '@/components/card';
import { Notice } from '@/components/notice';
import { PagedList } from '@/components/paged-list';
import { usePagedList } from '@/hooks/use-paged-list';
import { counterLabel } from '@/core/assessment/counter-labels';
import { shanghaiYear } from '@/utils/assessment-urls';
import { fetchEvidence } from '../../services/assessment.service';

/** The records behind one of a steward's measures (`?year=&stewardId=&key=`), each with what it counted; a record opens where the app shows it. */
export default function AssessmentEvidencePage() {
  const { params } = useRouter();
  const year = Number(params.year) || shanghaiYear();
  const stewardId = params.stewardId ?? '';
  const key = params.key ?? '';
  const [head, setHead] = useState<Omit<EvidenceView, 'items'> | null>(null);
  const list = usePagedList({
    fetchPage: async (page, pageSize) => {
      const { items, ...rest } = await fetchEvidence({ year, stewardId, key, page, pageSize });
      setHead(rest);
      return { items, page: rest.page, pageSize: rest.pageSize, hasMore: rest.hasMore };
    },
    keyOf: (row) => `${row.kind}|${row.id}`,
    resetKey: `${year}|${stewardId}|${key}`,
    pageSize: 20,
  });
  usePullDownRefresh(async () => {
    await list.reload();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void list.loadMore());
  return (
    <View className='page-root assessment-evidence-page'>
      {head ? (
        <Card className='evidence-head' title={head.label}>
          <Text className='text-note evidence-totals'>{Object.entries(head.totals).map(([k, n]) => `${counterLabel(k)} ${n}`).join('；') || '本年度没有计入的记录'}</Text>
          {head.note ? <Notice tone='info' compact>{head.note}</Notice> : null}
        </Card>
      ) : null}
      <PagedList
        list={list}
        emptyTitle='没有可列出的记录'
        emptyHint={head?.note}
        renderItem={(row) => (
          <View key={`${row.kind}|${row.id}`} className='list-item evidence-row' onClick={row.link ? () => void Taro.navigateTo({ url: row.link! }) : undefined}>
            <View className='record-head record-head--center'>
              <Text className='text-subtitle evidence-row__title'>{row.title}</Text>
              <Text className='text-meta record-head__aside'>{row.date}</Text>
            </View>
            <Text className='text-note'>{row.counted.map((c) => `${c.label} ${c.n}`).join('，')}</Text>
          </View>
        )}
      />
    </View>
  );
}
