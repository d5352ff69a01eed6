import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { SUMMARY_STATES_BY_NEED, type StewardSummaryList, type SummaryState } from '@/core/summary/summary.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { usePagedList } from '@/hooks/use-paged-list';
import { listStewardSummaries, listUnitSummaries, setSummaryDeadline } from '../services/summary.service';

/** Every unit's summary of a year at the district (all ~40 at once), and the district's deadline for it. */
export function useUnitSummaries(year: number) {
  const list = useAsyncData(() => listUnitSummaries({ year }), year);
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

/**
 * One unit's stewards' summaries for its reviewer (a unit admin's own unit, or the one the district
 * opened): the rows of the chosen state a page at a time, the reviewer's queue first. Every page
 * also answers the chips' counts and the deadline; the latest answer for this year and unit is kept
 * as the head, so the chips stay while another state loads.
 */
export function useStewardSummaries(year: number, unitId?: string) {
  const [state, setState] = useState<SummaryState>(SUMMARY_STATES_BY_NEED[0]);
  const scope = `${year}|${unitId ?? ''}`;
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const [head, setHead] = useState<{ scope: string; view: StewardSummaryList } | null>(null);
  const rows = usePagedList({
    fetchPage: async (page, pageSize) => {
      const view = await listStewardSummaries({ year, state, page, pageSize, ...(unitId ? { unitId } : {}) });
      // An answer for a year or unit left since is not this list's head.
      if (scope === scopeRef.current) setHead({ scope, view });
      return view.stewards;
    },
    keyOf: (row) => row.subjectId,
    resetKey: `${scope}|${state}`,
    pageSize: 20,
  });
  return { state, setState, head: head?.scope === scope ? head.view : null, rows };
}
