import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { AttachmentEditor } from '@/components/demand/attachment-editor';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { OptionPicker } from '@/components/option-picker';
import { TextField } from '@/components/text-field';
import { DEMAND_CATEGORIES, type DemandCategory, URGENCIES, URGENCY_LABELS } from '@/core/demand/demand.model';
import type { useAttachments } from '@/hooks/use-attachments';
import { type DemandDraft, DESCRIPTION_MAX, type DraftErrors, TITLE_MAX } from '@/utils/demand-draft.rules';
import './index.scss';

const CATEGORY_OPTIONS = DEMAND_CATEGORIES.map((category) => ({ value: category, label: category }));

interface DemandFormProps {
  draft: DemandDraft;
  change: (patch: Partial<DemandDraft>) => void;
  attachments: ReturnType<typeof useAttachments>;
  errors: DraftErrors;
  /** Fields after the demand's own, e.g. the department and complexity of a 代提. */
  extra?: ReactNode;
  formError: string;
  submitting: boolean;
  submit: () => void;
  submitLabel: string;
  footer?: string;
  /** Shown above the form, e.g. why the steward returned the demand. */
  notice?: string;
}

/** The demand's fields, shared by submitting a new demand and revising a returned one. */
export function DemandForm(props: DemandFormProps) {
  const { draft, change, attachments, errors, formError, submitting, submit, submitLabel, footer, notice, extra } = props;
  return (
    <View className='page-root demand-new'>
      {notice ? <Notice className='return-notice'>{notice}</Notice> : null}
      <Card>
        <FormField label='诉求类别' name='category' required error={errors.category}>
          <OptionPicker className='category-picker' options={CATEGORY_OPTIONS} value={draft.category} placeholder='点击选择类别' onChange={(category) => change({ category: category as DemandCategory })} />
        </FormField>
        <TextField label='诉求标题' name='title' required error={errors.title} value={draft.title} maxLength={TITLE_MAX} placeholder={`一句话概括您的诉求（2–${TITLE_MAX} 字）`} onChange={(title) => change({ title })} />
        <TextField
          label='诉求描述'
          name='description'
          required
          multiline
          counter
          error={errors.description}
          value={draft.description}
          maxLength={DESCRIPTION_MAX}
          placeholder='请写明遇到的问题、已做的尝试和希望得到的帮助（至少 10 字）'
          onChange={(description) => change({ description })}
        />
        <FormField label='紧急程度' name='urgency' error={errors.urgency}>
          <ChoiceChips className='urgency-options' chipClassName='urgency-option' options={URGENCIES} label={(u) => URGENCY_LABELS[u]} value={draft.urgency} onChange={(urgency) => change({ urgency })} />
        </FormField>
        <FormField label='附件' name='attachments' error={errors.attachments || attachments.refusal || undefined}>
          <AttachmentEditor attachments={attachments} />
        </FormField>
      </Card>
      {extra}
      <FormActions error={formError} busy={submitting} label={submitLabel} onSubmit={submit} hint={footer} />
    </View>
  );
}
