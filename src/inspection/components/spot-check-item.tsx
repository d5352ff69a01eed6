import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { Chip, type ChipTone } from '@/components/chip';
import { RecordHead } from '@/components/record-head';
import { TextInput } from '@/components/text-field';
import { SPOT_CHECK_NOTE } from '@/core/contracts/spot-check.fields';
import { SPOT_CHECK_RESULTS, type SpotCheckItemView, type SpotCheckResult, type SpotCheckStatus } from '@/core/spot-check/spot-check.model';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { formatDateTime } from '@/utils/format-time';
import { verifySpotCheck } from '../services/inspection.service';

const TONES: Record<SpotCheckStatus, ChipTone> = { pending: 'waiting', unreachable: 'muted', confirmed: 'ok', false: 'danger' };
const RESULT_CLASS: Record<SpotCheckResult, string> = { 属实: 'true', 不属实: 'false', 未能联系: 'unreachable' };

/** One drawn record: what the steward recorded, and (for who may verify) the three answers with a note. */
export function SpotCheckItem({ initial, canVerify }: { initial: SpotCheckItemView; canVerify: boolean }) {
  const [item, setItem] = useState(initial);
  const [note, setNote] = useState('');
  const form = useFormSubmit(['note'] as const);
  const open = item.status === 'pending' || item.status === 'unreachable';
  const verify = (result: SpotCheckResult) => void form.run(async () => {
    setItem(await verifySpotCheck({ id: item.id, result, note: note.trim() }));
    setNote('');
  });
  return (
    <View className={`list-item spot-check-item spot-check-item--${item.status}`}>
      <RecordHead title={`${item.enterpriseName}`} size='md'>
        {item.carried ? <Chip tone='muted'>顺延 {item.carried} 次</Chip> : null}
        <Chip tone={TONES[item.status]}>{item.statusLabel}</Chip>
      </RecordHead>
      <View className='list-item__meta'>
        {item.unitName} · {item.stewardName} · {item.contactType} · {formatDateTime(item.contactAt)}
      </View>
      <View className='text-body'>
        见：{item.who}；内容：{item.topics}
      </View>
      {item.attempts.map((a) => (
        <View key={a.at} className='text-note spot-check-attempt'>
          {formatDateTime(a.at)} {a.byName} 核实：{a.result}
          {a.note ? `（${a.note}）` : ''}
        </View>
      ))}
      {canVerify && open ? (
        <View className='spot-check-verify'>
          <TextInput className='spot-check-note-input' value={note} maxLength={SPOT_CHECK_NOTE.max} placeholder='核实情况（不属实须写明）' onChange={setNote} />
          {form.errors.note || form.formError ? <View className='form-error'>{form.errors.note || form.formError}</View> : null}
          <View className='toolbar'>
            {SPOT_CHECK_RESULTS.map((r) => (
              <Button key={r} className={`plain-button verify-${RESULT_CLASS[r]}-button${form.submitting ? ' is-disabled' : ''}`} onClick={() => verify(r)}>
                {r}
              </Button>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}
