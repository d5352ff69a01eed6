import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SchemeView } from '@/core/assessment/assessment.model';
import type { AssessmentScheme } from '@/core/assessment/scheme';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { TextField } from '@/components/text-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { publishScheme, saveScheme } from '../../services/assessment.service';

type Draft = NonNullable<SchemeView['draft']>;
const numberOr = (text: string, fallback: number) => (text.trim() === '' || Number.isNaN(Number(text)) ? fallback : Number(text));

/**
 * The district's draft: the points of each indicator, each deduction's points and cap, the minimum
 * rated demands and the nomination quota. Saving shows what the core's validation still refuses;
 * publishing makes the draft the next version.
 */
export function SchemeEditor({ draft, onSaved }: { draft: Draft; onSaved: (view: SchemeView) => void }) {
  const [scheme, setScheme] = useState<AssessmentScheme>(draft.scheme);
  const form = useFormSubmit([] as const);
  const edit = (change: (s: AssessmentScheme) => void) => setScheme((s) => {
    const next = structuredClone(s);
    change(next);
    return next;
  });
  const { version: _version, ...editable } = scheme;
  const save = () => form.run(async () => onSaved(await saveScheme({ scheme: editable, rev: draft.rev })));
  const publish = () => form.run(async () => {
    const saved = await saveScheme({ scheme: editable, rev: draft.rev });
    onSaved(await publishScheme({ rev: saved.draft!.rev }));
    void Taro.showToast({ title: '已发布', icon: 'success' });
  }, async () => (await Taro.showModal({ title: `发布第 ${scheme.version} 版`, content: '发布后该版本不再修改，之后计算的年度考核将使用它。' })).confirm);
  const problems = Object.entries(draft.problems);
  return (
    <Card className='scheme-editor' title={`草稿（第 ${scheme.version} 版）`}>
      {scheme.indicators.map((ind, i) => (
        <TextField key={ind.key} label={`${ind.label}（分）`} name={`points-${ind.key}`} type='digit' value={String(ind.points)} onChange={(v) => edit((s) => { s.indicators[i].points = numberOr(v, 0); })} error={draft.problems[`indicators[${i}].points`]} />
      ))}
      {scheme.deductions.map((d, i) => (
        <View key={d.key} className='deduction-fields'>
          <TextField label={`${d.label}：每件扣分`} name={`each-${d.key}`} type='digit' value={String(d.pointsEach)} onChange={(v) => edit((s) => { s.deductions[i].pointsEach = numberOr(v, 0); })} />
          <TextField label={`${d.label}：最多扣分`} name={`cap-${d.key}`} type='digit' value={String(d.cap)} onChange={(v) => edit((s) => { s.deductions[i].cap = numberOr(v, 0); })} />
        </View>
      ))}
      <TextField label='参与排名的最少首次评价件数' name='min-rated' type='number' value={String(scheme.minRatedDemands)} onChange={(v) => edit((s) => { s.minRatedDemands = numberOr(v, 0); })} error={draft.problems.minRatedDemands} />
      <TextField label='每个单位的优秀管家推荐名额' name='quota' type='number' value={String(scheme.nominationQuotaPerUnit)} onChange={(v) => edit((s) => { s.nominationQuotaPerUnit = numberOr(v, 0); })} error={draft.problems.nominationQuotaPerUnit} />
      {problems.length ? <View className='scheme-problems'>{problems.map(([field, text]) => <Text key={field} className='form-error'>{text}</Text>)}</View> : null}
      <FormActions name='save-scheme' label='保存草稿' busy={form.submitting} error={form.formError} onSubmit={() => void save()} />
      <FormActions name='publish-scheme' label='校验并发布' busy={form.submitting} onSubmit={() => void publish()} hint='分值合计须为 100 分；发布后的版本不再修改。' />
    </Card>
  );
}
