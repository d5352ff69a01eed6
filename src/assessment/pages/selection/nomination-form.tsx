import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SelectionView } from '@/core/assessment/assessment.model';
import { Chip } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { TextField } from '@/components/text-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { nominateStewards } from '../../services/assessment.service';

/** A unit admin's nominations: tap stewards in the ranking (suggested ones first), give each a reason, submit within the quota. */
export function NominationForm({ year, view, onSaved }: { year: number; view: SelectionView; onSaved: () => Promise<unknown> }) {
  const [chosen, setChosen] = useState<Record<string, string>>(Object.fromEntries(view.nominees.map((n) => [n.stewardId, n.reason])));
  const form = useFormSubmit([] as const);
  const toggle = (id: string) => setChosen((c) => {
    const next = { ...c };
    if (id in next) delete next[id];
    else next[id] = '';
    return next;
  });
  const submit = () => form.run(async () => {
    await nominateStewards({ year, rev: view.rev, nominees: Object.entries(chosen).map(([stewardId, reason]) => ({ stewardId, reason })) });
    await onSaved();
    void Taro.showToast({ title: '已提交推荐', icon: 'success' });
  });
  const names = new Map(view.ranking.items.map((r) => [r.id, r.name]));
  return (
    <View className='nomination-form'>
      {view.ranking.items.map((r) => (
        <View key={r.id} className={`list-item candidate-row candidate-row--${r.id}`} onClick={r.eligible && !view.published ? () => toggle(r.id) : undefined}>
          <View className='record-head record-head--center'>
            <Text className='text-subtitle candidate-row__name'>{r.name}</Text>
            <Text className='text-note'>{`${r.total} 分 · ${r.rank ? `全区第 ${r.rank} 名` : '不参与排名'}`}</Text>
            {r.id in chosen ? <Chip tone='ok'>已选</Chip> : r.suggested ? <Chip tone='info'>建议推荐</Chip> : null}
          </View>
          {r.ineligibleReason ? <Text className='text-hint'>{r.ineligibleReason}</Text> : null}
        </View>
      ))}
      {Object.keys(chosen).map((id) => (
        <TextField key={id} label={`推荐理由：${names.get(id) ?? id}`} name={`reason-${id}`} multiline value={chosen[id]} onChange={(v) => setChosen((c) => ({ ...c, [id]: v }))} maxLength={300} counter />
      ))}
      {view.published ? <Text className='card-hint'>名单已公布</Text> : (
        <FormActions name='nominate' label={`提交推荐（${Object.keys(chosen).length}/${view.quota}）`} busy={form.submitting} error={form.formError} onSubmit={() => void submit()} hint='区科经委审核前可修改；已审核的推荐不能撤回。' />
      )}
    </View>
  );
}
