import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { SchemeView } from '@/core/assessment/assessment.model';
import { ASSESSMENT_INPUTS, type MeasureSource } from '@/core/assessment/scheme';
import { figure } from '@/core/figures/figure-catalogue';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Notice } from '@/components/notice';
import { useAsyncData } from '@/hooks/use-async-data';
import { fetchScheme } from '../../services/assessment.service';
import { SchemeEditor } from './scheme-editor';

const sourceText = (s: MeasureSource) => ('figure' in s ? `${figure(s.figure).label}：${figure(s.figure).definition}` : `${ASSESSMENT_INPUTS[s.input].label}：${ASSESSMENT_INPUTS[s.input].note}`);

/** The scoring scheme written out: each indicator, its points, its measures and their 口径; the district edits and publishes versions here. */
export default function AssessmentSchemePage() {
  const { state, reload, refresh } = useAsyncData(() => fetchScheme({}), 'scheme');
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className='page-root assessment-scheme-page'>
      <AsyncView state={state} onRetry={() => void reload()}>
        {(view: SchemeView) => (
          <View>
            <Card className='scheme-head' title={view.current.name}>
              <Text className='text-note'>{view.currentPublished ? `第 ${view.current.version} 版，自 ${view.current.effectiveFrom} 起` : '默认方案（建议），尚未发布'}</Text>
              <Notice tone='info'>{view.rule}</Notice>
              <Text className='text-hint'>{`首次评价的诉求不足 ${view.current.minRatedDemands} 件的管家不参与排名和评选；每个单位可推荐 ${view.current.nominationQuotaPerUnit} 名优秀管家。`}</Text>
            </Card>
            {view.current.indicators.map((ind) => (
              <Card key={ind.key} className={`scheme-indicator scheme-indicator--${ind.key}`} title={`${ind.label}  ${ind.points} 分`}>
                <Text className='text-body'>{ind.note}</Text>
                {ind.measures.map((m, i) => <Text key={i} className='text-hint scheme-measure'>{`· ${Math.round(m.share * 100)}% ${sourceText(m.source)}`}</Text>)}
              </Card>
            ))}
            <Card className='scheme-deductions' title='扣分项'>
              {view.current.deductions.map((d) => <Text key={d.key} className='text-body scheme-deduction'>{`${d.label}：${d.note}`}</Text>)}
            </Card>
            {view.versions.length ? (
              <Card className='scheme-versions' title='已发布的版本'>
                {view.versions.map((v) => <Text key={v.version} className='text-note'>{`第 ${v.version} 版 · ${v.name} · ${v.publishedAt.slice(0, 10)} ${v.publishedByName}`}</Text>)}
              </Card>
            ) : null}
            {view.draft ? <SchemeEditor key={view.draft.rev} draft={view.draft} onSaved={() => void refresh()} /> : null}
          </View>
        )}
      </AsyncView>
    </View>
  );
}
