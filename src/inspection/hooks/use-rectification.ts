import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { RectificationDetail } from '@/core/rectification/rectification.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useAttachments } from '@/hooks/use-attachments';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { acceptRectification, getRectification, reportMeasureDone, returnRectification, saveRectification, submitRectification } from '../services/inspection.service';

export interface MeasureDraft {
  id?: string;
  text: string;
  owner: string;
  dueDate: string;
}

const FIELDS = ['measures', 'reason', 'note', 'evidence', 'attachments'] as const;
const blank = (): MeasureDraft => ({ text: '', owner: '', dueDate: '' });

/** One plan: the unit drafts and reports measures, the district accepts or returns it. Each step answers the plan as written. */
export function useRectification(id: string) {
  const plan = useAsyncData(() => getRectification({ id }), id);
  const [current, setCurrent] = useState<RectificationDetail | null>(null);
  const [measures, setMeasures] = useState<MeasureDraft[] | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [reporting, setReporting] = useState('');
  const [evidence, setEvidence] = useState('');
  const attachments = useAttachments('rectification');
  const form = useFormSubmit(FIELDS);
  const shown = current ?? (plan.state.status === 'ready' ? plan.state.data : null);
  const drafts = measures ?? (shown?.measureList.map((m) => ({ id: m.id, text: m.text, owner: m.owner, dueDate: m.dueDate })) ?? []);
  const editDrafts = (next: MeasureDraft[]) => setMeasures(next);

  const act = (send: (p: RectificationDetail) => Promise<RectificationDetail>, done: string) =>
    form.run(async () => {
      if (!shown) return;
      const next = await send(shown);
      setCurrent(next);
      setMeasures(null);
      setReporting('');
      setEvidence('');
      void Taro.showToast({ title: done, icon: 'success' });
    });
  const body = () => drafts.map((m) => ({ ...(m.id ? { id: m.id } : {}), text: m.text.trim(), owner: m.owner.trim(), dueDate: m.dueDate }));

  return {
    plan, shown, drafts, reason, setReason, note, setNote, reporting, setReporting, evidence, setEvidence, attachments, ...form,
    addMeasure: () => editDrafts([...drafts, blank()]),
    removeMeasure: (index: number) => editDrafts(drafts.filter((_, i) => i !== index)),
    changeMeasure: (index: number, patch: Partial<MeasureDraft>) => editDrafts(drafts.map((m, i) => (i === index ? { ...m, ...patch } : m))),
    save: () => act((p) => saveRectification({ id, version: p.version, measures: body() }), '已保存'),
    submit: () => act((p) => submitRectification({ id, version: p.version, measures: body() }), '已提交'),
    accept: () => act((p) => acceptRectification({ id, version: p.version, note: note.trim() }), '已通过'),
    sendBack: () => act((p) => returnRectification({ id, version: p.version, reason: reason.trim() }), '已退回'),
    reportDone: () => {
      if (attachments.blocker) return Promise.resolve(form.setErrors({ attachments: attachments.blocker }));
      return act((p) => reportMeasureDone({ id, version: p.version, measureId: reporting, evidence: evidence.trim(), attachments: attachments.refs }), '已报告');
    },
  };
}
