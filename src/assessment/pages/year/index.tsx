import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { PagedList } from '@/components/paged-list';
import { TextField } from '@/components/text-field';
import { useAsyncData } from '@/hooks/use-async-data';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { usePagedList } from '@/hooks/use-paged-list';
import { useIsDistrict } from '../../hooks/use-role';
import { assessmentSchemeUrl, assessmentUnitUrl, assessmentYears, selectionUrl } from '@/utils/assessment-urls';
import { fetchAssessmentYear, publishResults, runAssessment } from '../../services/assessment.service';
import { RunFacts, ScoreRowItem } from './year-parts';
import './index.scss';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** A year's assessment: the district computes, reads and publishes it; a unit admin sees its unit once published. */
export default function AssessmentYearPage() {
  const years = assessmentYears();
  const [year, setYear] = useState(Number(useRouter().params.year) || years[0]);
  const district = useIsDistrict();
  const overview = useAsyncData(() => fetchAssessmentYear({ year, page: 1, pageSize: 1 }), year);
  const list = usePagedList({ fetchPage: async (page, pageSize) => (await fetchAssessmentYear({ year, page, pageSize })).units, keyOf: (row) => row.id, resetKey: year, pageSize: 20 });
  const run = overview.state.status === 'ready' ? overview.state.data.run : null;
  const reload = async () => Promise.all([overview.refresh(), list.reload()]);
  usePullDownRefresh(async () => {
    await reload();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void list.loadMore());
  return (
    <View className='page-root assessment-year-page'>
      <View className='toolbar toolbar--padded'>
        <ChoiceChips chipClassName='year-chip' options={years.map(String)} value={String(year)} onChange={(y) => setYear(Number(y))} label={(y) => `${y} 年度`} />
        <Text className='link scheme-link' onClick={go(assessmentSchemeUrl())}>考核方案与口径</Text>
      </View>
      <AsyncCard className='run-card' title={`${year} 年度考核`} state={overview.state} onRetry={() => void overview.reload()}>
        {({ run: current }) => (current ? <RunFacts run={current} /> : <Text className='card-hint'>{district ? '尚未计算本年度考核' : '本年度考核结果尚未发布'}</Text>)}
      </AsyncCard>
      {district ? <DistrictRunActions year={year} status={run?.status ?? null} onChanged={reload} /> : null}
      {run?.status === 'published' ? (
        <Card className='selection-entry' title='优秀管家评选' link={{ label: '进入', onClick: go(selectionUrl(year)) }}>
          <Text className='card-hint'>{run.selectionPublishedAt ? '名单已公布' : '按考核得分推荐、审核、公布'}</Text>
        </Card>
      ) : null}
      {run ? (
        <Card className='units-card' title={district ? '各单位得分' : '本单位得分'}>
          <PagedList inline list={list} emptyTitle='还没有单位得分' renderItem={(row) => <ScoreRowItem key={row.id} row={row} onClick={go(assessmentUnitUrl(year, row.id))} />} />
        </Card>
      ) : null}
    </View>
  );
}

/** The district's two steps: compute (again, before publication) and publish with the units to rectify. */
function DistrictRunActions({ year, status, onChanged }: { year: number; status: string | null; onChanged: () => Promise<unknown> }) {
  const form = useFormSubmit(['rectifyBelow'] as const);
  const [below, setBelow] = useState('60');
  // A run the function could not finish in one call goes on with the next: keep calling while it runs.
  useEffect(() => {
    if (status !== 'running') return undefined;
    const timer = setTimeout(() => void form.run(async () => { await runAssessment({ year }); await onChanged(); }), 500);
    return () => clearTimeout(timer);
  }, [status, year]); // eslint-disable-line react-hooks/exhaustive-deps
  if (status === 'published') return null;
  const compute = () => form.run(async () => {
    await runAssessment({ year });
    await onChanged();
  });
  const publish = () => {
    const threshold = below.trim() ? Number(below) : undefined;
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 100)) return form.setErrors({ rectifyBelow: '请填写 0–100 之间的分数' });
    form.setErrors({});
    return form.run(async () => {
    await publishResults({ year, ...(threshold !== undefined ? { rectifyBelow: threshold } : {}) });
    await onChanged();
    void Taro.showToast({ title: '已发布', icon: 'success' });
  }, async () => (await Taro.showModal({ title: '发布考核结果', content: '发布后各单位将收到通知，结果不能再重新计算。' })).confirm);
  };
  return (
    <Card className='run-actions' title='计算与发布'>
      <Notice tone='info' compact>按已发布的考核方案，从全年指标、培训和廉洁数据逐个单位计算；发布前可重新计算。</Notice>
      <Button className='plain-button run-button' onClick={() => void compute()}>{status === 'running' ? '计算中…' : status ? '重新计算' : '开始计算'}</Button>
      {status === 'computed' ? (
        <View className='publish-form'>
          <TextField label='得分低于此分数的单位须提交整改方案' name='rectify-below' type='digit' value={below} onChange={setBelow} error={form.errors.rectifyBelow} placeholder='留空则不按分数要求' />
          <FormActions name='publish' label='发布结果' busy={form.submitting} error={form.formError} onSubmit={() => void publish()} />
        </View>
      ) : form.formError ? <Text className='form-error'>{form.formError}</Text> : null}
    </Card>
  );
}
