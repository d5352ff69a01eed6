import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { useAsyncData } from '@/hooks/use-async-data';
import { toCloudError } from '@/services/cloud-error';
import type { CalendarOverride } from '@/core/org/org.model';
import { listCalendar, setCalendarDay } from '../services/district.service';

interface OverrideDraft {
  date: string;
  working: boolean;
  note: string;
}

const thisYear = () => Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

/** One year's overrides of the official calendar: list, add one, remove one. */
export function useCalendarOverrides() {
  const [year, setYear] = useState(thisYear);
  const { state, reload } = useAsyncData(() => listCalendar(year), year);
  const [draft, setDraft] = useState<OverrideDraft>({ date: '', working: false, note: '' });
  const [errors, setErrors] = useState<{ date?: string; note?: string; form?: string }>({});
  const [busy, setBusy] = useState('');
  const inFlight = useRef(false);

  async function send(key: string, work: () => Promise<unknown>, done: string) {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(key);
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (err) {
      const error = toCloudError(err);
      setErrors({ date: error.fields?.date, note: error.fields?.note, form: error.message });
      return false;
    } finally {
      inFlight.current = false;
      setBusy('');
    }
  }

  async function add() {
    const note = draft.note.trim();
    const problems = { date: draft.date ? undefined : '请选择日期', note: note.length > 50 ? '说明不超过 50 个字' : undefined };
    setErrors(problems);
    if (problems.date || problems.note) return;
    const ok = await send('add', () => setCalendarDay({ date: draft.date, working: draft.working, note }), '已添加');
    if (!ok) return;
    const addedYear = Number(draft.date.slice(0, 4));
    setDraft({ date: '', working: false, note: '' });
    if (addedYear !== year) setYear(addedYear);
    else void reload();
  }

  async function remove(day: CalendarOverride) {
    const { confirm } = await Taro.showModal({ title: '删除调整', content: `删除后 ${day.date} 将按国家公布的节假日安排计算。` });
    if (!confirm) return;
    setErrors({});
    if (await send(day.date, () => setCalendarDay({ date: day.date, working: null, note: '' }), '已删除')) void reload();
  }

  return { year, setYear, state, reload, draft, setDraft, errors, busy, add, remove };
}
