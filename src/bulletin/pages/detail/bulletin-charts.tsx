import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { Chart } from '@/components/chart/chart';
import { barChartHeight, rankingBars, rankingChart, satisfactionChart, satisfactionIsEmpty, trendChart, trendIsEmpty } from '@/core/charts';
import type { BulletinView } from '@/core/bulletin/bulletin.model';
import type { RankingLine, RankingView } from '@/core/figures/figures.model';

const COUNTS = ['received', 'resolved', 'overdueNow'];
const RATES = ['resolveOnTimeRate', 'satisfiedRate', 'contactCoverageRate'];

/** The bulletin's charts, from the figures frozen in it: the district's last six months, the ratings, the units' scores. */
export function BulletinChartsCard({ view }: { view: BulletinView }) {
  return (
    <Card className='chart-card bulletin-charts' title='图表'>
      <Chart captioned label='全区近六个月数量走势' option={trendChart(view.trend, { keys: COUNTS })} height={200} emptyText={trendIsEmpty(view.trend, COUNTS) ? '近六个月没有数据' : undefined} />
      <Chart captioned label='全区近六个月比率走势' option={trendChart(view.trend, { keys: RATES })} height={200} emptyText={trendIsEmpty(view.trend, RATES) ? '近六个月没有可计算的比率' : undefined} />
      <Chart captioned label='企业首次评价分布' option={satisfactionChart(view.district)} height={220} emptyText={satisfactionIsEmpty(view.district) ? '本期没有企业评价' : undefined} />
      <RankingChart ranking={view.units} label='各单位综合得分' captioned />
      <View className='text-hint'>比率无可计算的数据时该月留空，不按 0 计；无数据的单位不参与排名。</View>
    </Card>
  );
}

export function RankingChart({ ranking, label, captioned }: { ranking: RankingView<RankingLine>; label: string; captioned?: boolean }) {
  const bars = rankingBars(ranking);
  return <Chart captioned={captioned} label={label} option={rankingChart(ranking)} height={barChartHeight(bars, 16)} emptyText={bars === 0 ? '本期没有可排名的数据' : undefined} />;
}
