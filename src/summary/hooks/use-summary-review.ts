import { useState } from 'react';
import Taro from '@tarojs/taro';
import { RETURN_REASON_TEXT } from '@/core/contracts/summary.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { SummaryDetail } from '@/core/summary/summary.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useExport } from '@/hooks/use-export';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { acceptSummary, exportSummary, fetchSummary, returnSummary } from '../services/summary.service';

/** One summary for its reviewer or a reader: return with a reason, accept, export as a document. */
export function useSummaryReview(id: string) {
  const loaded = useAsyncData(() => fetchSummary({ id }), id);
  const [current, setCurrent] = useState<SummaryDetail | null>(null);
  const [reason, setReason] = useState('');
  const form = useFormSubmit(['reason'] as const);
  const file = useExport(() => exportSummary({ id }), () => '已导出');
  const summary = current ?? (loaded.state.status === 'ready' ? loaded.state.data : null);

  const decide = (send: (s: SummaryDetail) => Promise<SummaryDetail>, done: string, confirm?: string) =>
    summary
      ? form.run(
          async () => {
            setCurrent(await send(summary));
            void Taro.showToast({ title: done, icon: 'success' });
          },
          confirm ? async () => (await Taro.showModal({ title: done, content: confirm })).confirm : undefined,
        )
      : Promise.resolve();

  return {
    loaded, summary, reason, setReason, file, ...form,
    refresh: async () => {
      setCurrent(null);
      await loaded.refresh();
    },
    returnIt: () => {
      const problem = textProblem(reason, RETURN_REASON_TEXT);
      if (problem) return Promise.resolve(form.setErrors({ reason: problem }));
      form.setErrors({});
      return decide((s) => returnSummary({ id, version: s.version, reason: reason.trim() }), '已退回');
    },
    accept: () => decide((s) => acceptSummary({ id, version: s.version }), '审核通过', '确认这份年度总结审核通过吗？'),
  };
}
