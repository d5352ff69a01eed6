import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { submitProblems } from '@/core/contracts/summary.fields';
import { SECTION_KEYS, type SectionKey, type Sections, type SummaryDetail } from '@/core/summary/summary.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { hasErrors } from '@/utils/form-errors';
import { fetchMySummary, saveSummary, submitSummary } from '../services/summary.service';

/**
 * The writer's own summary of a year: loaded prefilled, edited section by section, saved as a
 * draft or submitted; every write sends the version read, and the answer replaces what is shown.
 */
export function useSummaryEditor(year: number) {
  const loaded = useAsyncData(() => fetchMySummary({ year }), year);
  const [current, setCurrent] = useState<SummaryDetail | null>(null);
  const [sections, setSections] = useState<Sections | null>(null);
  const form = useFormSubmit(SECTION_KEYS);

  const summary = current ?? (loaded.state.status === 'ready' ? loaded.state.data : null);
  // A fresh load (first open, pull to refresh) shows its text; edits stay until then.
  useEffect(() => {
    if (loaded.state.status === 'ready') {
      setCurrent(null);
      setSections(loaded.state.data.sections);
    }
  }, [loaded.state]);

  const change = (key: SectionKey, text: string) => setSections((s) => (s ? { ...s, [key]: text } : s));

  const write = (step: 'save' | 'submit') => {
    if (!summary || !sections) return Promise.resolve();
    if (step === 'submit') {
      const problems = submitProblems(sections);
      form.setErrors(problems);
      if (hasErrors(problems)) return Promise.resolve(form.setFormError('请把各部分填写完整后再提交'));
    }
    const send = step === 'save' ? saveSummary : submitSummary;
    return form.run(
      async () => {
        form.setErrors({});
        form.setFormError('');
        const next = await send({ year, version: summary.version, sections });
        setCurrent(next);
        setSections(next.sections);
        void Taro.showToast({ title: step === 'save' ? '已保存' : '已提交', icon: 'success' });
      },
      step === 'submit' ? async () => (await Taro.showModal({ title: '提交年度总结', content: '提交后将由审核人审核，审核期间不能修改。确定提交吗？' })).confirm : undefined,
    );
  };

  return { loaded, summary, sections, change, ...form, save: () => write('save'), submit: () => write('submit') };
}
