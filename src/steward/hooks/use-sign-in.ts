import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { TrainingRecordView } from '@/core/training/training.model';
import { normalizeSignInCode, SIGN_IN_CODE_LENGTH } from '@/core/training/training.rules';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { signInCourse } from '../services/training.service';

/** Sign in at the venue: type the code the organiser shows, or scan its QR code (weapp). */
export function useSignIn() {
  const [code, setCode] = useState('');
  const [signed, setSigned] = useState<TrainingRecordView | null>(null);
  const form = useFormSubmit(['code'] as const);

  async function submit(typed = code) {
    const clean = normalizeSignInCode(typed);
    if (clean.length !== SIGN_IN_CODE_LENGTH) {
      form.setErrors({ code: `请输入 ${SIGN_IN_CODE_LENGTH} 位签到码` });
      return;
    }
    form.setErrors({});
    form.setFormError('');
    await form.run(async () => setSigned(await signInCourse(clean)));
  }

  async function scan() {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      setCode(normalizeSignInCode(result));
      await submit(result);
    } catch {
      // The person closed the scanner; nothing changes.
    }
  }

  return { code, setCode, signed, submit, scan, ...form };
}
