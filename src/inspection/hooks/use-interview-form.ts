import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { INTERVIEW_TEXT } from '@/core/contracts/interview.fields';
import { textProblem } from '@/core/contracts/text-rule';
import { DEFAULT_PLAN_WORKING_DAYS } from '@/core/rectification/rectification.model';
import { shanghaiDate } from '@/core/time/shanghai';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { presentErrors } from '@/utils/form-errors';
import { rectificationUrl, INTERVIEWS_URL } from '@/utils/inspection-urls';
import { newClientRequestId } from '@/utils/request-id';
import { recordInterview } from '../services/inspection.service';

const FIELDS = ['date', 'attendees', 'problems', 'commitments', 'planWorkingDays'] as const;

/** Record one interview and ask for a plan; a retry (the same request id) lands once. */
export function useInterviewForm(unitId: string, quarterDate: string) {
  const [draft, setDraft] = useState({ date: shanghaiDate(new Date()), attendees: '', problems: '', commitments: '', planWorkingDays: String(DEFAULT_PLAN_WORKING_DAYS) });
  const requestId = useRef(newClientRequestId());
  const form = useFormSubmit(FIELDS);
  const change = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit() {
    if (form.isSending()) return;
    const days = Number(draft.planWorkingDays);
    const found = presentErrors({
      date: draft.date ? undefined : '请选择约谈日期',
      attendees: textProblem(draft.attendees, INTERVIEW_TEXT.attendees),
      problems: textProblem(draft.problems, INTERVIEW_TEXT.problems),
      commitments: textProblem(draft.commitments, INTERVIEW_TEXT.commitments),
      planWorkingDays: Number.isInteger(days) && days >= 0 && days <= 60 ? undefined : '请填写 0 至 60 个工作日（0 为不要求整改方案）',
    });
    form.setErrors(found);
    form.setFormError('');
    if (Object.keys(found).length) return;
    await form.run(async () => {
      const saved = await recordInterview({ quarterDate, unitId, date: draft.date, attendees: draft.attendees.trim(), problems: draft.problems.trim(), commitments: draft.commitments.trim(), planWorkingDays: days, clientRequestId: requestId.current });
      void Taro.showToast({ title: '已记录', icon: 'success' });
      void Taro.redirectTo({ url: saved.plan ? rectificationUrl(saved.plan.id) : INTERVIEWS_URL });
    });
  }
  return { draft, change, submit, ...form };
}
