import { View } from '@tarojs/components';
import { AsyncCard } from '@/components/async-card';
import { Card } from '@/components/card';
import { Chart } from '@/components/chart/chart';
import { barChartHeight, onTimeChart, onTimeIsEmpty, onTimeRows, rankingBars, rankingChart, satisfactionChart, satisfactionIsEmpty, trendChart, trendIsEmpty } from '@/core/charts';
import { figure } from '@/core/figures/figure-catalogue';
import type { FiguresView, RankingView, TrendView } from '@/core/figures/figures.model';
import type { AsyncData } from '@/hooks/use-async-data';

/** A trend card draws counts and rates apart: two small charts read better on a phone than one with two axes. */
export interface TrendCharts {
  counts: readonly string[];
  rates: readonly string[];
}

export const SLICE_TREND: TrendCharts = { counts: ['received', 'resolved', 'overdueNow'], rates: ['resolveOnTimeRate', 'satisfiedRate', 'contactCoverageRate'] };

/** A steward's: load, contacts and visits, demands; coverage and satisfaction. */
export const STEWARD_TREND: TrendCharts = { counts: ['enterprises', 'contacts', 'onsiteVisits', 'received'], rates: ['contactCoverageRate', 'visitCoverageRate', 'satisfiedRate'] };
export const trendFigures = (charts: TrendCharts) => [...charts.counts, ...charts.rates];

const rule = (text: string) => <View className='figures-rule text-hint'>{`口径：${text}`}</View>;

export function SatisfactionChartCard({ view }: { view: FiguresView }) {
  const empty = satisfactionIsEmpty(view);
  return (
    <Card className='chart-card satisfaction-chart-card' title={`企业评价分布（${view.period.label}）`}>
      <Chart label='企业评价分布' option={satisfactionChart(view)} height={220} emptyText={empty ? '本期没有企业评价' : undefined} />
      {rule(figure('satisfiedRate').definition)}
    </Card>
  );
}

interface TrendCardProps {
  title: string;
  state: AsyncData<TrendView>;
  onRetry: () => void;
  charts: TrendCharts;
}

export function TrendCard({ title, state, onRetry, charts }: TrendCardProps) {
  return (
    <AsyncCard className='chart-card trend-card' title={title} state={state} onRetry={onRetry}>
      {(trend) => (
        <>
          <Chart label='数量走势' option={trendChart(trend, { keys: charts.counts })} height={200} emptyText={trendIsEmpty(trend, charts.counts) ? '近一年没有数据' : undefined} />
          <Chart label='比率走势' option={trendChart(trend, { keys: charts.rates })} height={200} emptyText={trendIsEmpty(trend, charts.rates) ? '近一年没有可计算的比率' : undefined} />
          <View className='figures-rule text-hint'>按自然月统计，最后一个月截至今天；比率无可计算的数据时该月留空，不按 0 计。</View>
        </>
      )}
    </AsyncCard>
  );
}

interface RankingCardProps {
  title: string;
  state: AsyncData<RankingView>;
  onRetry: () => void;
}

export function RankingCard({ title, state, onRetry }: RankingCardProps) {
  return (
    <AsyncCard className='chart-card ranking-card' title={title} state={state} onRetry={onRetry}>
      {(ranking) => (
        <>
          <Chart label={title} option={rankingChart(ranking)} height={barChartHeight(rankingBars(ranking), 16)} emptyText={rankingBars(ranking) === 0 ? '本期没有可排名的数据' : undefined} />
          {rule(ranking.definition)}
        </>
      )}
    </AsyncCard>
  );
}

export function OnTimeCard({ state, onRetry }: { state: AsyncData<RankingView>; onRetry: () => void }) {
  return (
    <AsyncCard className='chart-card on-time-card' title='各部门办理按时率' state={state} onRetry={onRetry}>
      {(ranking) => (
        <>
          <Chart label='各部门办理按时率' option={onTimeChart(ranking)} height={barChartHeight(Math.ceil(onTimeRows(ranking).length * 1.3), 24)} emptyText={onTimeIsEmpty(ranking) ? '本期各部门没有到期的办理环节' : undefined} />
          {rule(figure('resolveOnTimeRate').definition)}
        </>
      )}
    </AsyncCard>
  );
}
