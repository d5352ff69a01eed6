import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { CONTACT_CHANNELS, PREFERENCE_MESSAGES, PREFERENCE_NOTE_MAX, PREFERENCE_TEXT } from '@/core/contracts/fieldwork.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { EnterpriseView } from '@/core/org/org.model';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { savePreferences } from '../services/preferences.service';
import { goBackOrHome } from '@/utils/navigation';

/** The channels and text limit of `enterprise.setPreferences`. */
export const CHANNELS = CONTACT_CHANNELS;
export const TEXT_MAX = PREFERENCE_NOTE_MAX;
type Field = 'channels' | 'quietPeriods' | 'note';
const FIELDS: Field[] = ['channels', 'quietPeriods', 'note'];

/** 无事不扰: how and when the enterprise wants the government to contact it. */
export function usePreferencesForm(current: EnterpriseView['preferences'] | undefined, loaded: boolean) {
  const [channels, setChannels] = useState<string[]>([]);
  const [quietPeriods, setQuietPeriods] = useState('');
  const [note, setNote] = useState('');
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);

  useEffect(() => {
    if (!loaded || !current) return;
    setChannels(current.channels);
    setQuietPeriods(current.quietPeriods);
    setNote(current.note);
  }, [loaded, current]);

  const toggle = (channel: string) => setChannels((list) => (list.includes(channel) ? list.filter((c) => c !== channel) : [...list, channel]));

  async function submit() {
    if (isSending()) return;
    const found: Partial<Record<Field, string>> = {};
    if (channels.length === 0) found.channels = PREFERENCE_MESSAGES.noChannel;
    const quietProblem = textProblem(quietPeriods, PREFERENCE_TEXT.quietPeriods);
    const noteProblem = textProblem(note, PREFERENCE_TEXT.note);
    if (quietProblem) found.quietPeriods = quietProblem;
    if (noteProblem) found.note = noteProblem;
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    await run(async () => {
      // Keep the order the chips show.
      await savePreferences({ channels: CHANNELS.filter((c) => channels.includes(c)), quietPeriods: quietPeriods.trim(), note: note.trim() });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { channels, toggle, quietPeriods, setQuietPeriods, note, setNote, errors, formError, submitting, submit };
}
