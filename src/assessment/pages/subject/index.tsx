import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { SubjectResultView } from '@/core/assessment/assessment.model';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { useAsyncData } from '@/hooks/use-async-data';
import { assessmentEvidenceUrl, shanghaiYear } from '@/utils/assessment-urls';
import { fetchSubjectResult } from '../../services/assessment.service';
import { measureKey, measureValueText } from './measure-text';
import './index.scss';

/** One score in full (`?year=&subject=&id=`): each indicator with its measures, values, points and 口径; a steward's measures open their records. */
export default function AssessmentSubjectPage() {
  const { params } = useRouter();
  const year = Number(params.year) || shanghaiYear();
  const subject = params.subject === 'unit' ? 'unit' : 'steward';
  const id = params.id ?? '';
  const { state, reload, refresh } = useAsyncData(() => fetchSubjectResult({ year, subject, id }), `${year}|${subject}|${id}`);
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className='page-root assessment-subject-page'>
      <AsyncView state={state} onRetry={() => void reload()} finalErrors={{ NOT_FOUND: '没有该考核结果', FORBIDDEN: '只能查看本单位的考核结果' }}>
        {(view) => <SubjectDetail view={view} year={year} />}
      </AsyncView>
    </View>
  );
}

function SubjectDetail({ view, year }: { view: SubjectResultView; year: number }) {
  const { result, row } = view;
  const open = (key: string) => (view.evidenceKinds[key] ? () => void Taro.navigateTo({ url: assessmentEvidenceUrl(year, row.id, key) }) : undefined);
  return (
    <View>
      <Card className='subject-total' title={`${row.name} · ${view.unitName}`}>
        <View className='record-head record-head--baseline'>
          <Text className='subject-total__value'>{`${result.total} 分`}</Text>
          <Text className='text-meta'>{row.rank === null ? '不参与排名' : `全区第 ${row.rank} 名`}</Text>
        </View>
        <Text className='text-hint'>{`第 ${result.schemeVersion} 版考核方案；各项得分合计 ${result.earned} 分（满分 ${result.applicablePoints} 分的指标有数据），折算为百分制后减去扣分。`}</Text>
        {result.ineligibleReason ? <Text className='text-hint'>{result.ineligibleReason}</Text> : null}
      </Card>
      {result.indicators.map((indicator) => (
        <Card key={indicator.key} className={`indicator-card indicator-card--${indicator.key}`} title={`${indicator.label}  ${indicator.applicable ? `${Math.round(indicator.earned * 10) / 10} / ${indicator.points} 分` : '不计分'}`}>
          {indicator.measures.map((m) => (
            <View key={measureKey(m.source)} className={`list-item measure-row measure-row--${measureKey(m.source)}`} onClick={open(measureKey(m.source))}>
              <View className='record-head record-head--center'>
                <Text className='measure-row__label text-body'>{m.label}</Text>
                <Text className='text-note'>{measureValueText(m.source, m.value)}</Text>
                <Text className='measure-row__points text-subtitle'>{m.notApplicable ? '—' : `${Math.round(m.points * 10) / 10} 分`}</Text>
              </View>
              <Text className='text-meta'>{m.notApplicable ?? `占 ${Math.round(m.effectiveShare * 100)}%，完成度 ${Math.round((m.attainment ?? 0) * 1000) / 10}%`}</Text>
              {open(measureKey(m.source)) ? <Text className='link measure-row__evidence'>查看依据记录</Text> : null}
            </View>
          ))}
          <Text className='text-hint'>{view.notes[indicator.key]}</Text>
        </Card>
      ))}
      <Card className='deductions-card' title='扣分项'>
        {result.deductions.map((d) => (
          <View key={d.key} className={`list-item deduction-row deduction-row--${d.key}`} onClick={open(view.deductionSources[d.key] ?? d.key)}>
            <View className='record-head record-head--center'>
              <Text className='measure-row__label text-body'>{d.label}</Text>
              <Text className='text-note'>{`${d.count} 件`}</Text>
              {d.deducted ? <Chip tone='danger'>{`扣 ${d.deducted} 分`}</Chip> : <Text className='text-meta'>不扣分</Text>}
            </View>
            <Text className='text-hint'>{view.notes[d.key]}</Text>
          </View>
        ))}
      </Card>
    </View>
  );
}
