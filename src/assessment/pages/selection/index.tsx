import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { ExportBar } from '@/components/export-bar';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { useAsyncData } from '@/hooks/use-async-data';
import { useExport } from '@/hooks/use-export';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useIsDistrict } from '../../hooks/use-role';
import { shanghaiYear } from '@/utils/assessment-urls';
import { exportSelection, fetchSelection, publishSelection } from '../../services/assessment.service';
import { NominationForm } from './nomination-form';
import { NomineeItem } from './nominee-review';

/** Excellent-steward selection (art. 9, `?year=`): a unit nominates within its quota; the district reviews, publishes and exports the list. */
export default function SelectionPage() {
  const year = Number(useRouter().params.year) || shanghaiYear();
  const district = useIsDistrict();
  const [round, setRound] = useState(0);
  const { state, reload, refresh } = useAsyncData(() => fetchSelection({ year, pageSize: 50 }), `${year}|${round}`);
  const publishing = useFormSubmit([] as const);
  const exporter = useExport(() => exportSelection({ year }));
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });
  const publish = () => publishing.run(async () => {
    await publishSelection({ year });
    setRound((r) => r + 1);
  }, async () => (await Taro.showModal({ title: '公布优秀管家名单', content: '公布后入选管家和各单位将收到通知，推荐不能再修改。' })).confirm);
  return (
    <View className='page-root selection-page'>
      <AsyncView state={state} onRetry={() => void reload()} finalErrors={{ INVALID_STATE: '考核结果发布后才能评选' }}>
        {(view) => (
          <View>
            <Card className='selection-head' title={`${year} 年度优秀服务管家`}>
              <Text className='text-note'>{view.published ? `名单已于 ${view.publishedAt!.slice(0, 10)} 公布` : `每个单位推荐不超过 ${view.quota} 名；首次评价不足 ${view.minRatedDemands} 件的管家不参与排名`}</Text>
            </Card>
            {district ? (
              <Card className='nominees-card' title={`各单位推荐（${view.nominees.length} 名）`}>
                {view.nominees.length === 0 ? <Text className='card-hint'>还没有单位提交推荐</Text> : view.nominees.map((n) => <NomineeItem key={n.stewardId} year={year} nominee={n} reviewing={!view.published} onReviewed={refresh} />)}
                {view.published ? null : <FormActions name='publish-selection' label='公布名单' busy={publishing.submitting} error={publishing.formError} onSubmit={() => void publish()} hint='所有推荐审核完毕后公布。' />}
                <ExportBar hint='导出名单和各单位推荐，报送市里' exporting={exporter.exporting} file={exporter.file} onExport={() => void exporter.run(undefined)} />
              </Card>
            ) : (
              <Card className='nominate-card' title='本单位管家排名与推荐'>
                {view.nominees.length ? <Notice tone='info' compact>{view.nominees.map((n) => `${n.name}：${n.status === 'nominated' ? '待审核' : n.status === 'accepted' ? '已通过' : `未通过（${n.reviewReason ?? ''}）`}`).join('；')}</Notice> : null}
                <NominationForm key={view.rev} year={year} view={view} onSaved={async () => setRound((r) => r + 1)} />
              </Card>
            )}
          </View>
        )}
      </AsyncView>
    </View>
  );
}
