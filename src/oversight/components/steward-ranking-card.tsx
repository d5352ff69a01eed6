import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { Chart } from '@/components/chart/chart';
import { PagedList } from '@/components/paged-list';
import { barChartHeight, rankingBars, rankingChart } from '@/core/charts';
import { RANKING_CHART_TOP, type RankingLine, type RankingView } from '@/core/figures/figures.model';
import type { usePagedList } from '@/hooks/use-paged-list';
import { formatDateTime } from '@/utils/format-time';
import { shanghaiNow } from '@/utils/shanghai-clock';

type RankingList = ReturnType<typeof usePagedList<RankingLine>>;

/** 排名截至 HH:mm (with the day when it is not today): the ranking is kept, not computed per visit. */
const computedLine = (iso: string) => {
  const [date, time] = formatDateTime(iso).split(' ');
  return `排名截至 ${date === shanghaiNow().date ? time : `${date} ${time}`}，每小时更新`;
};

const flagText = (row: RankingLine) => row.flags.map((f) => `${f.text}${f.severity === 'serious' ? '（严重）' : ''}`).join('；');

function RankingLineRow({ row }: { row: RankingLine }) {
  return (
    <View className='steward-ranking-row'>
      <Text className='steward-ranking-row__rank'>{row.rank ?? '—'}</Text>
      <View className='steward-ranking-row__body'>
        <Text>{row.name}</Text>
        {row.flags.length ? <View className='text-meta'>{flagText(row)}</View> : null}
      </View>
      <Text className='steward-ranking-row__score'>{row.score === null ? '无数据' : row.score.toFixed(1)}</Text>
    </View>
  );
}

interface Props {
  title: string;
  list: RankingList;
  /** The first page's answer: when it was computed, the chart's top rows, the 口径 (null until it is in). */
  head: RankingView | null;
}

/**
 * A unit's stewards by composite score: a chart of the first RANKING_CHART_TOP (a bar chart of 300
 * names is unreadable), then every steward a page at a time, from the ranking as kept.
 */
export function StewardRankingCard({ title, list, head }: Props) {
  const paging = list.status === 'ready' ? head?.paging : undefined;
  const chartTitle = `${title}（前 ${RANKING_CHART_TOP} 名）`;
  const top = paging && { ...head!, rows: paging.top };
  return (
    <Card className='chart-card ranking-card steward-ranking-card' title={title}>
      {paging && top ? (
        <>
          <View className='text-meta steward-ranking-card__computed'>{`${computedLine(paging.computedAt)}；共 ${paging.total} 名管家，${paging.ranked} 名参与排名`}</View>
          <Chart label={chartTitle} captioned option={rankingChart(top, { unranked: paging.total - paging.ranked })} height={barChartHeight(rankingBars(top), 16)} emptyText={paging.ranked === 0 ? '本期没有可排名的数据' : undefined} />
        </>
      ) : null}
      <PagedList inline list={list} emptyTitle='本单位暂无管家' renderItem={(row) => <RankingLineRow key={row.id} row={row} />} />
      {paging ? <View className='figures-rule text-hint'>{`口径：${head!.definition}`}</View> : null}
    </Card>
  );
}
