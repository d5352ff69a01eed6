import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { IntegrityOutcome, IntegrityReportDetail } from '@/core/integrity/integrity.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { acknowledgeIntegrityReport, concludeIntegrityReport, getIntegrityReport, listIntegrityReads, noteIntegrityReport, replyIntegrityReport } from '../services/integrity.service';

export interface DeskDraft {
  note: string;
  outcome: IntegrityOutcome | '';
  findings: string;
  unitId: string;
  stewardId: string;
  reply: string;
}

/** One report at the district: read (logged), acknowledge, note, conclude, reply. */
export function useIntegrityDesk(id: string) {
  const report = useAsyncData(() => getIntegrityReport(id), id);
  const reads = useAsyncData(() => listIntegrityReads({ id, pageSize: 20 }), `${id}|reads`);
  const [current, setCurrent] = useState<IntegrityReportDetail | null>(null);
  const [draft, setDraft] = useState<DeskDraft>({ note: '', outcome: '', findings: '', unitId: '', stewardId: '', reply: '' });
  const form = useFormSubmit(['note', 'outcome', 'findings', 'stewardId', 'reply'] as const);
  const change = (patch: Partial<DeskDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const act = (send: () => Promise<IntegrityReportDetail>, done: string) =>
    form.run(async () => {
      setCurrent(await send());
      setDraft((d) => ({ ...d, note: '' }));
      void reads.refresh();
      void Taro.showToast({ title: done, icon: 'success' });
    });

  return {
    report, reads, draft, change, current, ...form,
    acknowledge: () => act(() => acknowledgeIntegrityReport(id), '已受理'),
    note: () => act(() => noteIntegrityReport({ id, note: draft.note.trim() }), '已记录'),
    conclude: (fallbackSteward?: string) => {
      if (!draft.outcome) return Promise.resolve(form.setErrors({ outcome: '请选择认定结果' }));
      const stewardId = draft.stewardId || fallbackSteward;
      return act(() => concludeIntegrityReport({ id, outcome: draft.outcome as IntegrityOutcome, findings: draft.findings.trim(), ...(stewardId ? { stewardId } : {}) }), '已认定');
    },
    reply: () => act(() => replyIntegrityReport({ id, reply: draft.reply.trim() }), '已答复'),
  };
}
