import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { summaryListUrl, summaryViewUrl } from '@/utils/summary-urls';
import { useUnitSummaries } from '../../hooks/use-summary-list';
import { DeadlineCard } from './deadline-card';
import { SummaryRowItem } from './summary-row';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** The district's list: every unit's summary of the year (a few dozen, all at once) and the year's deadline. */
export function UnitSummaries({ year }: { year: number }) {
  const view = useUnitSummaries(year);
  useReloadOnShow(view.list.refresh);
  usePullDownRefresh(async () => {
    await view.list.refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <AsyncView state={view.list.state} onRetry={() => void view.list.reload()}>
      {(data) => (
        <View>
          <DeadlineCard view={view} data={data} />
          <Card className='summary-rows' title={`各单位总结（待审核 ${data.counts.submitted}，已通过 ${data.counts.accepted}，共 ${data.rows.length}）`}>
            {data.rows.map((row) => (
              <SummaryRowItem key={row.subjectId} row={row} of='units' onOpen={row.summaryId ? go(summaryViewUrl(row.summaryId)) : undefined}
                onStewards={go(summaryListUrl({ year: data.year, unitId: row.subjectId }))} />
            ))}
          </Card>
        </View>
      )}
    </AsyncView>
  );
}
