import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { PagedList } from '@/components/paged-list';
import { useAsyncData } from '@/hooks/use-async-data';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { usePagedList } from '@/hooks/use-paged-list';
import { useIsUnitAdmin } from '../../hooks/use-role';
import { assessmentSubjectUrl, shanghaiYear } from '@/utils/assessment-urls';
import { acknowledgeResult, fetchUnitResult } from '../../services/assessment.service';
import { ScoreRowItem } from '../year/year-parts';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** One unit's result (`?year=&unitId=`): its score, its stewards' page by page (each opening their detail), and the unit admin's acknowledgement. */
export default function AssessmentUnitPage() {
  const { params } = useRouter();
  const year = Number(params.year) || shanghaiYear();
  const unitId = params.unitId || undefined;
  const scope = { year, ...(unitId ? { unitId } : {}) };
  const { state, reload, refresh } = useAsyncData(() => fetchUnitResult({ ...scope, page: 1, pageSize: 1 }), `${year}|${unitId}`);
  const stewards = usePagedList({ fetchPage: async (page, pageSize) => (await fetchUnitResult({ ...scope, page, pageSize })).stewards, keyOf: (row) => row.id, resetKey: `${year}|${unitId}`, pageSize: 20 });
  const unitAdmin = useIsUnitAdmin();
  const ack = useFormSubmit([] as const);
  usePullDownRefresh(async () => {
    await Promise.all([refresh(), stewards.refresh()]);
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void stewards.loadMore());
  return (
    <View className='page-root assessment-unit-page'>
      <AsyncView state={state} onRetry={() => void reload()} finalErrors={{ NOT_FOUND: '考核结果尚未发布', FORBIDDEN: '只能查看本单位的考核结果' }}>
        {(view) => (
          <View>
            <Card className='unit-score-card' title={`${year} 年度 · ${view.unit.name}`}>
              <ScoreRowItem row={view.unit} onClick={go(assessmentSubjectUrl(year, 'unit', view.unit.id))} />
              <Text className='text-hint'>点击查看各项指标得分和口径</Text>
              {view.unit.rectificationRequested ? <Notice tone='warning' compact>区科经委要求本单位提交整改方案（见消息中心的整改待办）。</Notice> : null}
              {unitAdmin && view.run.status === 'published' ? (
                view.unit.acknowledgedAt ? (
                  <Text className='ack-done text-note'>{`已于 ${view.unit.acknowledgedAt.slice(0, 10)} 确认收到`}</Text>
                ) : (
                  <FormActions name='acknowledge' label='确认收到考核结果' busy={ack.submitting} error={ack.formError} onSubmit={() => void ack.run(async () => { await acknowledgeResult({ year }); await refresh(); })} />
                )
              ) : null}
            </Card>
            <Card className='steward-scores' title={`管家得分（${view.stewardCount} 名）`}>
              <PagedList inline list={stewards} emptyTitle='本单位没有管家得分' renderItem={(row) => <ScoreRowItem key={row.id} row={row} onClick={go(assessmentSubjectUrl(year, 'steward', row.id))} />} />
            </Card>
          </View>
        )}
      </AsyncView>
    </View>
  );
}
