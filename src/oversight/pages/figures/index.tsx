import { Text, View } from '@tarojs/components';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { LoadingState } from '@/components/loading-state';
import { Notice } from '@/components/notice';
import { SLICE_LABELS } from '@/core/figures/contributions';
import type { FiguresView } from '@/core/figures/figures.model';
import type { Role } from '@/core/roles';
import { useSession } from '@/hooks/use-session';
import { useFiguresPage } from '../../hooks/use-figures-page';
import { FigureGroups } from './figure-groups';
import { OnTimeCard, RankingCard, SatisfactionChartCard, SLICE_TREND, TrendCard } from '../../components/figure-charts';
import { StewardRankingCard } from '../../components/steward-ranking-card';
import { PeriodBar } from './period-bar';
import { SliceBar } from './slice-bar';
import './index.scss';

/**
 * 数据统计: the figures of a period and a slice, each with its 口径, and the charts a person would
 * rather look at: satisfaction, the monthly trend, rankings and the departments' on-time rates.
 * The district and unit admins choose whose figures; a steward and a department see their own.
 */
export default function FiguresPage() {
  const { session } = useSession();
  if (session.status !== 'ready' || !session.user) return <LoadingState />;
  return <FiguresScreen role={session.user.role} />;
}

function FiguresScreen({ role }: { role: Role }) {
  const page = useFiguresPage(role);
  const { figures, trend, rankings } = page;
  return (
    <View className='page-root figures-page'>
      <Card className='figures-controls'>
        <PeriodBar period={page.period} onChange={page.changePeriod} today={page.today} />
        {page.dimensions.length ? <SliceBar dimensions={page.dimensions} slice={page.slice} onChange={page.setSlice} options={page.options} /> : null}
      </Card>
      {page.waitingForPick ? (
        <Notice tone='info' className='figures-pick'>{`请选择${SLICE_LABELS[page.dimension!]}`}</Notice>
      ) : !page.periodInput ? (
        <Notice tone='info' className='figures-pick'>请选择自定义统计期的开始和结束日期</Notice>
      ) : (
        <AsyncView state={figures.state} onRetry={() => void figures.reload()} finalErrors={{ FORBIDDEN: '无权查看该范围的指标', NOT_FOUND: '统计范围不存在' }}>
          {(view: FiguresView) => (
            <>
              <View className='figures-head'>
                <Text className='figures-head__title'>{`${view.slice.name} · ${view.period.label}`}</Text>
                <Text className='text-meta'>{`${view.period.from} 至 ${view.period.to}；环比：${view.previousPeriod.label}`}</Text>
                <Text className='text-meta'>{view.stockDay ? `在办、逾期、覆盖等存量指标取 ${view.stockDay} 的状态` : '尚无存量快照：在办、逾期、覆盖等指标暂缺'}</Text>
              </View>
              <SatisfactionChartCard view={view} />
              <TrendCard title={`${view.slice.name}近 12 个月走势`} state={trend.state} onRetry={() => void trend.reload()} charts={SLICE_TREND} />
              {rankings.district ? <RankingCard title='属地单位综合排名' state={page.units.state} onRetry={() => void page.units.reload()} /> : null}
              {rankings.district ? <OnTimeCard state={page.departments.state} onRetry={() => void page.departments.reload()} /> : null}
              {rankings.stewards ? <StewardRankingCard title={`${view.slice.name}管家综合排名`} list={page.stewards} head={page.stewardsHead} /> : null}
              <FigureGroups view={view} />
            </>
          )}
        </AsyncView>
      )}
    </View>
  );
}
