import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { SummaryListView } from '@/core/summary/summary.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { listSummaries, setSummaryDeadline } from '../services/summary.service';

/**
 * A year's summaries for a reviewer: a unit admin's stewards (or, for the district, one unit's
 * stewards), or every unit's at the district; and the district's deadline for the year.
 */
export function useSummaryList(year: number, of: 'stewards' | 'units', unitId?: string) {
  const list = useAsyncData<SummaryListView>(() => listSummaries({ year, of, ...(unitId ? { unitId } : {}) }), `${year}|${of}|${unitId ?? ''}`);
  const [deadline, setDeadline] = useState('');
  const form = useFormSubmit(['deadline'] as const);

  const saveDeadline = (version: number) => {
    if (!deadline) return Promise.resolve(form.setErrors({ deadline: '请选择截止日期' }));
    return form.run(async () => {
      form.setErrors({});
      form.setFormError('');
      await setSummaryDeadline({ year, deadline, version });
      setDeadline('');
      void Taro.showToast({ title: '截止日期已设定', icon: 'success' });
      await list.refresh();
    });
  };

  return { list, deadline, setDeadline, saveDeadline, ...form };
}
