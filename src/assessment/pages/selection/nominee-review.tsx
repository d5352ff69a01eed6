import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { NOMINEE_STATUS_LABELS, type NomineeView } from '@/core/assessment/assessment.model';
import { Chip } from '@/components/chip';
import { TextInput } from '@/components/text-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { reviewNominee } from '../../services/assessment.service';

const TONES = { nominated: 'waiting', accepted: 'ok', rejected: 'muted' } as const;

/** One unit's nominee as the district reviews it: score, reason, and 通过 / 不通过 with a reason. */
export function NomineeItem({ year, nominee, reviewing, onReviewed }: { year: number; nominee: NomineeView; reviewing: boolean; onReviewed: () => Promise<unknown> }) {
  const [reason, setReason] = useState('');
  const form = useFormSubmit([] as const);
  const decide = (accepted: boolean) => form.run(async () => {
    await reviewNominee(accepted ? { year, unitId: nominee.unitId, stewardId: nominee.stewardId, accepted, reason } : { year, unitId: nominee.unitId, stewardId: nominee.stewardId, accepted, reason });
    await onReviewed();
  });
  return (
    <View className={`list-item nominee-row nominee-row--${nominee.stewardId}`}>
      <View className='record-head record-head--center'>
        <Text className='text-subtitle nominee-row__name'>{`${nominee.name} · ${nominee.unitName}`}</Text>
        <Text className='text-note'>{`${nominee.total} 分${nominee.rank ? ` · 第 ${nominee.rank} 名` : ''}`}</Text>
        <Chip tone={TONES[nominee.status]}>{NOMINEE_STATUS_LABELS[nominee.status]}</Chip>
      </View>
      <Text className='text-body'>{nominee.reason}</Text>
      {nominee.reviewReason ? <Text className='text-hint'>{`审核意见：${nominee.reviewReason}`}</Text> : null}
      {reviewing && nominee.status === 'nominated' ? (
        <View className='toolbar nominee-review'>
          <TextInput className='review-reason-input toolbar__grow' value={reason} onChange={setReason} placeholder='审核意见（不通过须填写理由）' />
          <Button className='primary-button toolbar-button accept-button' size='mini' onClick={() => void decide(true)}>通过</Button>
          <Button className='plain-button plain-button--danger toolbar-button reject-button' size='mini' onClick={() => void decide(false)}>不通过</Button>
        </View>
      ) : null}
      {form.formError ? <Text className='form-error'>{form.formError}</Text> : null}
    </View>
  );
}
