import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { INTEGRITY_TEXT } from '@/core/contracts/integrity.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { IntegrityCategory } from '@/core/integrity/integrity.model';
import { useAttachments } from '@/hooks/use-attachments';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { presentErrors } from '@/utils/form-errors';
import { newClientRequestId } from '@/utils/request-id';
import { INTEGRITY_MINE_URL } from '@/utils/training-urls';
import { submitIntegrityReport } from '../services/integrity.service';

const FIELDS = ['category', 'description', 'attachments'] as const;

/** The report form: a category, what happened, optional files, and whether to stay anonymous towards the unit. */
export function useIntegrityForm() {
  const [category, setCategory] = useState<IntegrityCategory | ''>('');
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const attachments = useAttachments('integrity');
  const requestId = useRef(newClientRequestId());
  const form = useFormSubmit(FIELDS);

  async function submit() {
    if (form.isSending()) return;
    const found = presentErrors({ category: category ? undefined : '请选择反映的问题类别', description: textProblem(description, INTEGRITY_TEXT.description), attachments: attachments.blocker || undefined });
    form.setErrors(found);
    form.setFormError('');
    if (Object.keys(found).length) return;
    await form.run(async () => {
      await submitIntegrityReport({ category: category as IntegrityCategory, description: description.trim(), attachments: attachments.refs, anonymous, clientRequestId: requestId.current });
      void Taro.showToast({ title: '已提交', icon: 'success' });
      void Taro.redirectTo({ url: INTEGRITY_MINE_URL });
    });
  }

  return { category, setCategory, description, setDescription, anonymous, setAnonymous, attachments, submit, ...form };
}
