import { useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { parseOfficialNotice } from '@/core/time/official-notice.parser';
import { scheduleDays, scheduleProblems } from '@/core/time/year-schedule';
import { toCloudError } from '@/services/cloud-error';
import { setCalendarYear } from '../services/district.service';

/**
 * A year's official schedule in one form: the State Council notice pasted (or typed line by
 * line) is read on the device and shown entry by entry with what is wrong, with the same checks
 * the server makes; saving sends the entries as read.
 */
export function useYearSchedule(initialYear: number, onSaved: (year: number) => unknown) {
  const [year, setYear] = useState(initialYear);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState('');
  const inFlight = useRef(false);

  const parsed = useMemo(() => parseOfficialNotice(year, text), [year, text]);
  const problems = useMemo(() => (parsed.entries.length ? scheduleProblems(year, parsed.entries) : {}), [year, parsed]);
  const days = useMemo(() => scheduleDays(parsed.entries), [parsed]);
  const holidays = days.filter((d) => !d.working).length;
  const entryProblem = (i: number) => problems[`entries.${i}.from`] ?? problems[`entries.${i}.to`];
  const blocked = parsed.entries.length === 0 || Object.keys(problems).length > 0 || parsed.unread.length > 0;

  async function save() {
    if (blocked || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setServerError('');
    try {
      const { recalendar } = await setCalendarYear({ year, entries: parsed.entries });
      const moved = recalendar.demandsMoved > 0 ? `，${recalendar.demandsMoved} 条诉求期限已重算` : '';
      void Taro.showToast({ title: `已保存${year}年安排${moved}`, icon: moved ? 'none' : 'success' });
      setText('');
      await onSaved(year);
    } catch (err) {
      const error = toCloudError(err);
      setServerError([error.message, ...Object.values(error.fields ?? {})].join('；'));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  const choose = (next: number) => {
    setYear(next);
    setServerError('');
  };

  return { year, choose, text, setText, entries: parsed.entries, unread: parsed.unread, problems, entryProblem, holidays, workdays: days.length - holidays, blocked, busy, serverError, save };
}
