import { useMemo } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { SUMMARY_STATE_LABELS, SUMMARY_STATES_BY_NEED, type StewardSummaryList } from '@/core/summary/summary.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { summaryViewUrl, summaryWriteUrl } from '@/utils/summary-urls';
import { STATE_TONES } from '../../components/summary-words';
import { useStewardSummaries } from '../../hooks/use-summary-list';
import { SummaryRowItem } from './summary-row';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** The unit admin's own unit summary, which goes to the district: its state and the way to it. */
function UnitSummaryCard({ head }: { head: StewardSummaryList }) {
  return (
    <Card className='unit-summary-card' title={`${head.unitName}年度工作总结`}>
      <View className='summary-row__head'>
        <Text className='text-body'>报区科经委</Text>
        <Chip tone={STATE_TONES[head.unitSummary.state]}>{SUMMARY_STATE_LABELS[head.unitSummary.state]}</Chip>
      </View>
      <Button className='primary-button write-unit-summary' onClick={go(summaryWriteUrl(head.year))}>
        {head.unitSummary.state === 'not_started' ? '撰写单位总结' : '打开单位总结'}
      </Button>
    </Card>
  );
}

/**
 * One unit's stewards' summaries: a chip per state with its count, the chosen state's rows a page
 * at a time (the reviewer's queue first). The unit admin also sees their own unit summary.
 */
export function StewardSummaries({ year, unitId, isDistrict }: { year: number; unitId?: string; isDistrict: boolean }) {
  const { state, setState, head, rows } = useStewardSummaries(year, unitId);
  // Back from a summary just reviewed: its row has moved to another chip.
  useListPageEvents({ refresh: rows.refresh, loadMore: rows.loadMore, onReturn: rows.refresh });
  const chips = useMemo(
    () => SUMMARY_STATES_BY_NEED.map((value) => ({ value, label: head ? `${SUMMARY_STATE_LABELS[value]} ${head.counts[value]}` : SUMMARY_STATE_LABELS[value] })),
    [head],
  );
  const total = head ? SUMMARY_STATES_BY_NEED.reduce((n, s) => n + head.counts[s], 0) : undefined;
  return (
    <View>
      {head ? (
        <Card className='summary-deadline'>
          <Text className='text-body'>截止日期：{head.deadline ?? '区科经委尚未设定'}</Text>
        </Card>
      ) : null}
      {head && !isDistrict ? <UnitSummaryCard head={head} /> : null}
      <Tabs name='state' tabs={chips} active={chips.find((c) => c.value === state)} onChange={(chip) => setState(chip.value)} />
      <Card className='summary-rows' title={`${head?.unitName ?? ''} 管家个人总结${total === undefined ? '' : `（共 ${total} 名）`}`}>
        <PagedList
          inline
          list={rows}
          emptyTitle={`没有“${SUMMARY_STATE_LABELS[state]}”的管家总结`}
          renderItem={(row) => <SummaryRowItem key={row.subjectId} row={row} of='stewards' onOpen={row.summaryId ? go(summaryViewUrl(row.summaryId)) : undefined} />}
        />
      </Card>
    </View>
  );
}
