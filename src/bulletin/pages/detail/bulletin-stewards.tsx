import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PagedList } from '@/components/paged-list';
import type { BulletinUnitDetail } from '@/core/bulletin/bulletin.model';
import { BULLETIN_STEWARD_PAGE, stewardChartLabel } from '@/core/bulletin/steward-lines';
import type { RankingLine } from '@/core/figures/figures.model';
import { useBulletinStewards } from '../../hooks/use-bulletin-stewards';
import { RankingChart } from './bulletin-charts';
import { RankingRow } from './ranking-row';

/**
 * A unit's steward ranking: a chart of the leaders (a unit may rank hundreds, too many bars to
 * read) and the lines with their red flags, the first page at once and the rest on demand.
 */
export function StewardRankingCard({ bulletinId, detail }: { bulletinId: string; detail: BulletinUnitDetail<RankingLine> }) {
  const list = useBulletinStewards(bulletinId, detail);
  const title = `${detail.name} 管家排名`;
  const leadersOnly = detail.stewardCount > BULLETIN_STEWARD_PAGE;
  return (
    <Card className='bulletin-stewards' title={title}>
      <RankingChart ranking={detail.stewards} label={stewardChartLabel(title, detail.stewardCount)} captioned={leadersOnly} />
      {detail.stewardCount > 0 ? <View className='text-note bulletin-stewards__total'>{`共 ${detail.stewardCount} 名管家`}</View> : null}
      <PagedList inline list={list} emptyTitle='暂无' renderItem={(row) => <RankingRow key={row.id} row={row} />} />
      <View className='text-meta ranking-definition'>口径：{detail.stewards.definition}</View>
    </Card>
  );
}
