import { useState } from 'react';
import Taro from '@tarojs/taro';
import { useAttachments } from '@/hooks/use-attachments';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { goBackOrHome } from '@/utils/navigation';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { planResearch } from '../services/fieldwork.service';
import { type PlanDraft, type ResearchField, validatePlan } from '../research-form.rules';

const FIELDS: readonly (ResearchField | 'planFiles')[] = ['enterpriseId', 'date', 'leaders', 'accompanying', 'topics', 'planFiles'];

/**
 * Planning a leader's research visit ahead (art. 5.1): when, who comes, what about, whether the
 * steward goes along, and the plan (调研方案) as PDF or images, uploaded as they are picked.
 */
export function useResearchPlanForm(fixedEnterpriseId: string) {
  const [draft, setDraft] = useState<PlanDraft>(() => ({ enterpriseId: fixedEnterpriseId, date: '', leaders: '', accompanying: '', stewardAccompanies: true, topics: '' }));
  const files = useAttachments('researchPlan');
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);
  const change = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit() {
    if (isSending()) return;
    const found = validatePlan(draft, shanghaiNow().date);
    setErrors(found);
    setFormError(files.blocker);
    if (Object.keys(found).length || files.blocker) return;
    await run(async () => {
      await planResearch({
        enterpriseId: draft.enterpriseId,
        date: draft.date,
        leaders: draft.leaders.trim(),
        accompanying: draft.accompanying.trim(),
        stewardAccompanies: draft.stewardAccompanies,
        topics: draft.topics.trim(),
        planFiles: files.refs,
      });
      void Taro.showToast({ title: '已登记调研计划', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { draft, change, files, errors, formError, submitting, submit };
}
