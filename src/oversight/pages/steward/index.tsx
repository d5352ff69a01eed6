import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { ChoiceChips } from '@/components/chip';
import { OVERVIEW_PERIOD_LABELS, OVERVIEW_PERIODS, type OverviewPeriod, type StewardOverview } from '@/core/org/steward-overview';
import { useAsyncData } from '@/hooks/use-async-data';
import { figuresUrl } from '@/utils/oversight-urls';
import { STEWARD_TREND, TrendCard, trendFigures } from '../../components/figure-charts';
import { fetchTrend } from '../../services/figures.service';
import { fetchStewardOverview } from '../../services/oversight.service';
import { ContactsCard, CoverageCard, DemandsCard, SatisfactionCard, StewardHead } from './steward-sections';
import './index.scss';

const PERIODS = OVERVIEW_PERIODS.map(String) as Array<`${OverviewPeriod}`>;

/** One steward, for the unit admin and the district: load, coverage, contacts, demands, satisfaction (`?id=`). */
export default function StewardPage() {
  const id = useRouter().params.id ?? '';
  const [days, setDays] = useState<OverviewPeriod>(90);
  const { state, reload, refresh } = useAsyncData(() => fetchStewardOverview({ stewardId: id, days }), `${id}|${days}`);
  const trend = useAsyncData(() => fetchTrend({ slice: { dimension: 'steward', id }, months: 12, figures: trendFigures(STEWARD_TREND) }), id);
  usePullDownRefresh(async () => {
    await Promise.all([refresh(), trend.refresh()]);
    Taro.stopPullDownRefresh();
  });
  return (
    <AsyncView state={state} onRetry={() => void reload()} finalErrors={{ NOT_FOUND: '管家不存在', FORBIDDEN: '无权查看该管家', VALIDATION_FAILED: '链接有误' }}>
      {(overview: StewardOverview) => (
        <View className='page-root steward-page'>
          <StewardHead overview={overview} />
          <CoverageCard overview={overview} />
          {/* Coverage is as of now; what follows is over the chosen period. */}
          <View className='steward-page__period'>
            <ChoiceChips options={PERIODS} value={String(days)} chipClassName='period-chip' label={(d) => OVERVIEW_PERIOD_LABELS[Number(d) as OverviewPeriod]} onChange={(d) => setDays(Number(d) as OverviewPeriod)} />
          </View>
          <ContactsCard overview={overview} />
          <DemandsCard overview={overview} />
          <SatisfactionCard overview={overview} />
          <TrendCard title='近 12 个月走势' state={trend.state} onRetry={() => void trend.reload()} charts={STEWARD_TREND} />
          <View className='steward-page__figures link' onClick={() => void Taro.navigateTo({ url: figuresUrl({ dimension: 'steward', id, name: overview.steward.name }) })}>
            全部指标及口径 ›
          </View>
        </View>
      )}
    </AsyncView>
  );
}
