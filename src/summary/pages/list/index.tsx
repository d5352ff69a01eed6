import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { LoadingState } from '@/components/loading-state';
import { Tabs } from '@/components/tabs';
import { SUMMARY_STATE_LABELS, type SummaryListView, type SummaryRow } from '@/core/summary/summary.model';
import { summaryYearOn } from '@/core/summary/summary.deadline';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { useSession } from '@/hooks/use-session';
import { formatDate } from '@/utils/format-time';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { summaryListUrl, summaryViewUrl, summaryWriteUrl } from '@/utils/summary-urls';
import { STATE_TONES } from '../../components/summary-words';
import { useSummaryList } from '../../hooks/use-summary-list';
import { DeadlineCard } from './deadline-card';
import './index.scss';

const current = summaryYearOn(shanghaiNow().date);
const YEARS = [current, current - 1].map((year) => ({ label: `${year} 年度`, year }));

function Row({ row, of, onOpen, onStewards }: { row: SummaryRow; of: SummaryListView['of']; onOpen?: () => void; onStewards?: () => void }) {
  return (
    <View className={`summary-row${onOpen ? ' summary-row--link' : ''}`} onClick={onOpen}>
      <View className='summary-row__head'>
        <Text className='summary-row__name'>{row.subjectName}</Text>
        <Chip tone={STATE_TONES[row.state]} className='summary-row__state'>
          {SUMMARY_STATE_LABELS[row.state]}
        </Chip>
      </View>
      <View className='text-meta summary-row__meta'>
        {row.submittedAt ? `${formatDate(row.submittedAt)} 提交${row.late ? '（逾期）' : ''}` : of === 'units' ? '单位总结未提交' : '个人总结未提交'}
        {row.returns ? ` · 退回 ${row.returns} 次` : ''}
        {onStewards ? (
          <Text className='link summary-row__stewards' onClick={(e) => { e.stopPropagation(); onStewards(); }}>
            {' '}管家总结 ›
          </Text>
        ) : null}
      </View>
    </View>
  );
}

/** A year's summaries: a unit's stewards for its admin (and its own unit summary), every unit for the district. */
export default function SummaryListPage() {
  const { unitId } = useRouter().params;
  const { session } = useSession();
  // Who is looking decides what is listed: wait for the session rather than load the wrong list first.
  if (session.status !== 'ready') return <LoadingState />;
  return <SummaryList isDistrict={session.user?.role === 'district_admin'} unitId={unitId} />;
}

function SummaryList({ isDistrict, unitId }: { isDistrict: boolean; unitId?: string }) {
  const of = isDistrict && !unitId ? 'units' : 'stewards';
  const [tab, setTab] = useState(YEARS[0]);
  const view = useSummaryList(tab.year, of, unitId);
  const go = (url: string) => () => void Taro.navigateTo({ url });
  useReloadOnShow(view.list.refresh);
  usePullDownRefresh(async () => {
    await view.list.refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className='page-root summary-list-page'>
      <Tabs name='year' tabs={YEARS} active={tab} onChange={setTab} />
      <AsyncView state={view.list.state} onRetry={() => void view.list.reload()}>
        {(data) => (
          <>
            {isDistrict && of === 'units' ? <DeadlineCard view={view} data={data} /> : <Card className='summary-deadline'><Text className='text-body'>截止日期：{data.deadline ?? '区科经委尚未设定'}</Text></Card>}
            {data.unitSummary && !isDistrict ? (
              <Card className='unit-summary-card' title={`${data.unitName ?? '本单位'}年度工作总结`}>
                <View className='summary-row__head'>
                  <Text className='text-body'>报区科经委</Text>
                  <Chip tone={STATE_TONES[data.unitSummary.state]}>{SUMMARY_STATE_LABELS[data.unitSummary.state]}</Chip>
                </View>
                <Button className='primary-button write-unit-summary' onClick={go(summaryWriteUrl(data.year))}>
                  {data.unitSummary.state === 'not_started' ? '撰写单位总结' : '打开单位总结'}
                </Button>
              </Card>
            ) : null}
            <Card className='summary-rows' title={`${of === 'units' ? '各单位总结' : `${data.unitName ?? ''} 管家个人总结`}（待审核 ${data.counts.submitted}，已通过 ${data.counts.accepted}，共 ${data.rows.length}）`}>
              {data.rows.length === 0 ? <Text className='card-hint'>{of === 'units' ? '暂无单位' : '本单位暂无管家'}</Text> : null}
              {data.rows.map((row) => (
                <Row key={row.subjectId} row={row} of={of} onOpen={row.summaryId ? go(summaryViewUrl(row.summaryId)) : undefined}
                  onStewards={of === 'units' ? go(summaryListUrl({ year: data.year, unitId: row.subjectId })) : undefined} />
              ))}
            </Card>
          </>
        )}
      </AsyncView>
    </View>
  );
}
