import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { AttachmentEditor } from '@/components/demand/attachment-editor';
import { FormField } from '@/components/form-field';
import { DEMAND_CATEGORIES, URGENCIES, URGENCY_LABELS, type DemandCategory } from '@/core/demand/demand.model';
import type { useDemandAttachments } from '@/hooks/use-demand-attachments';
import { type DemandDraft, DESCRIPTION_MAX, type DraftErrors, TITLE_MAX } from '@/utils/demand-draft.rules';

interface DemandFormProps {
  draft: DemandDraft;
  change: (patch: Partial<DemandDraft>) => void;
  attachments: ReturnType<typeof useDemandAttachments>;
  errors: DraftErrors;
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
  const { draft, change, attachments, errors, formError, submitting, submit, submitLabel, footer, notice } = props;
  const categoryIndex = DEMAND_CATEGORIES.indexOf(draft.category as DemandCategory);
  return (
    <View className='page-root demand-new'>
      {notice ? <View className='step-page__notice return-notice'>{notice}</View> : null}
      <Card>
        <FormField label='诉求类别' name='category' required error={errors.category}>
          <Picker
            mode='selector'
            range={DEMAND_CATEGORIES as unknown as string[]}
            value={Math.max(categoryIndex, 0)}
            onChange={(e) => change({ category: DEMAND_CATEGORIES[Number(e.detail.value)] })}
          >
            <View className={`category-picker${draft.category ? '' : ' category-picker--empty'}`}>
              {draft.category || '点击选择类别'}
            </View>
          </Picker>
        </FormField>
        <FormField label='诉求标题' name='title' required error={errors.title}>
          <Input
            className='title-input'
            value={draft.title}
            maxlength={TITLE_MAX}
            placeholderClass='input-placeholder'
            placeholder={`一句话概括您的诉求（2–${TITLE_MAX} 字）`}
            onInput={(e) => change({ title: e.detail.value })}
          />
        </FormField>
        <FormField
          label='诉求描述'
          name='description'
          required
          error={errors.description}
          extra={<Text className='description-counter'>{`${draft.description.length}/${DESCRIPTION_MAX}`}</Text>}
        >
          <Textarea
            className='description-input'
            value={draft.description}
            maxlength={DESCRIPTION_MAX}
            placeholderClass='input-placeholder'
            placeholder='请写明遇到的问题、已做的尝试和希望得到的帮助（至少 10 字）'
            onInput={(e) => change({ description: e.detail.value })}
          />
        </FormField>
        <FormField label='紧急程度' name='urgency' error={errors.urgency}>
          <View className='urgency-options'>
            {URGENCIES.map((urgency) => (
              <View
                key={urgency}
                className={`urgency-option${draft.urgency === urgency ? ' urgency-option--active' : ''}`}
                onClick={() => change({ urgency })}
              >
                {URGENCY_LABELS[urgency]}
              </View>
            ))}
          </View>
        </FormField>
        <FormField label='附件' name='attachments' error={errors.attachments || attachments.refusal || undefined}>
          <AttachmentEditor attachments={attachments} />
        </FormField>
      </Card>
      {formError ? <View className='form-error'>{formError}</View> : null}
      <View className='form-actions'>
        {/* A busy class, not `disabled`: Taro H5 fades a Button given any disabled prop. */}
        <Button className={`primary-button submit-button${submitting ? ' is-disabled' : ''}`} onClick={submit}>
          {submitting ? '提交中…' : submitLabel}
        </Button>
        {footer ? <View className='draft-hint'>{footer}</View> : null}
      </View>
    </View>
  );
}
