import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { BulletinExportFormat, BulletinView } from '@/core/bulletin/bulletin.model';
import { BULLETIN_TEXT } from '@/core/contracts/bulletin.fields';
import { textProblem } from '@/core/contracts/text-rule';
import { useAsyncData } from '@/hooks/use-async-data';
import { useExport } from '@/hooks/use-export';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { exportBulletin, getBulletin, publishBulletin, updateBulletin } from '../services/bulletin.service';

export interface BulletinDraft {
  summary: string;
  remarks: string;
}

/**
 * One bulletin: read (with a unit's detail), and for the district while it is a draft, the review
 * (edited summary, remarks; sent with the version it saw) and publishing after a confirmation.
 */
export function useBulletin(id: string, unitId?: string) {
  const bulletin = useAsyncData(() => getBulletin({ id, ...(unitId ? { unitId } : {}) }), `${id}|${unitId ?? ''}`);
  const [current, setCurrent] = useState<BulletinView | null>(null);
  const [draft, setDraft] = useState<BulletinDraft | null>(null);
  const form = useFormSubmit(['summary', 'remarks'] as const);
  const excel = useExport((_: void) => exportBulletin({ id, format: 'xlsx' }));
  const pdf = useExport((_: void) => exportBulletin({ id, format: 'pdf' }));
  const loaded = bulletin.state.status === 'ready' ? bulletin.state.data : null;
  const view = current ?? loaded;
  const edit = draft ?? { summary: view?.summary ?? '', remarks: view?.remarks ?? '' };

  const change = (patch: Partial<BulletinDraft>) => setDraft({ ...edit, ...patch });

  async function save() {
    if (!view || form.isSending()) return;
    const summary = edit.summary.trim();
    const remarks = edit.remarks.trim();
    const found = { summary: textProblem(summary, BULLETIN_TEXT.summary), remarks: textProblem(remarks, BULLETIN_TEXT.remarks) };
    form.setErrors(Object.fromEntries(Object.entries(found).filter(([, v]) => v)));
    form.setFormError('');
    if (found.summary || found.remarks) return;
    await form.run(async () => {
      const next = await updateBulletin({ id, version: view.version, ...(summary !== view.summary ? { summary } : {}), ...(remarks !== view.remarks ? { remarks } : {}) });
      setCurrent({ ...view, ...next, unitDetails: view.unitDetails });
      setDraft(null);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    });
  }

  async function publish() {
    if (!view) return;
    const unsaved = draft !== null && (draft.summary.trim() !== view.summary || draft.remarks.trim() !== view.remarks);
    const confirmed = () =>
      Taro.showModal({
        title: '确认发布',
        content: `${unsaved ? '修改尚未保存，发布的是保存过的版本。' : ''}发布后各单位即可查看，每位单位管理员将收到消息，通报不能再修改。`,
        confirmText: '确认发布',
      }).then(({ confirm }) => confirm);
    await form.run(async () => {
      const published = await publishBulletin({ id, version: view.version });
      setCurrent({ ...view, ...published });
      setDraft(null);
      void Taro.showToast({ title: '已发布', icon: 'success' });
    }, confirmed);
  }

  const exports: Record<BulletinExportFormat, ReturnType<typeof useExport<void>>> = { xlsx: excel, pdf };
  const dirty = draft !== null && !!view && (draft.summary.trim() !== view.summary || draft.remarks.trim() !== view.remarks);
  return { bulletin, view, edit, change, dirty, save, publish, exports, ...form };
}
