import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import { toCloudError } from '@/services/cloud-error';
import { cancelResearchPlan, closePromise, followUpResearch } from '../services/fieldwork.service';
import { FOLLOW_UP_NOTE, PLAN_CANCEL_REASON, PROMISE_OUTCOME } from '@/core/contracts/fieldwork.fields';
import { textProblem } from '@/core/contracts/text-rule';

/** What is being written on one visit: closing one promise, the follow-up note, or why a plan is called off. */
type ResearchTask = { kind: 'close'; visitId: string; promiseId: string } | { kind: 'followUp' | 'cancel'; visitId: string };

const RULES = { close: PROMISE_OUTCOME, followUp: FOLLOW_UP_NOTE, cancel: PLAN_CANCEL_REASON };
const DONE = { close: '已办结', followUp: '已记录回访', cancel: '已取消计划' };

const sameTask = (a: ResearchTask | null, b: ResearchTask) =>
  !!a && a.kind === b.kind && a.visitId === b.visitId && (a.kind !== 'close' || (b.kind === 'close' && a.promiseId === b.promiseId));

/**
 * Closing a promise with its outcome, and the follow-up visit after research (回访). One inline
 * form is open at a time; each answer replaces the visit shown, without reloading the list.
 */
export function useResearchActions() {
  const [task, setTask] = useState<ResearchTask | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [updated, setUpdated] = useState<Record<string, ResearchVisitView>>({});
  const inFlight = useRef(false);

  const open = (next: ResearchTask) => {
    setTask(next);
    setText('');
    setError('');
  };
  const cancel = () => setTask(null);
  const isOpen = (t: ResearchTask) => sameTask(task, t);

  async function submit() {
    if (!task || inFlight.current) return;
    const problem = textProblem(text, RULES[task.kind]);
    setError(problem ?? '');
    if (problem) return;
    inFlight.current = true;
    setBusy(true);
    try {
      const visit =
        task.kind === 'close'
          ? await closePromise({ visitId: task.visitId, promiseId: task.promiseId, outcome: text.trim() })
          : task.kind === 'cancel'
            ? await cancelResearchPlan({ visitId: task.visitId, reason: text.trim() })
            : await followUpResearch({ visitId: task.visitId, note: text.trim() });
      setUpdated((current) => ({ ...current, [visit.id]: visit }));
      setTask(null);
      void Taro.showToast({ title: DONE[task.kind], icon: 'success' });
    } catch (err) {
      const e = toCloudError(err);
      setError([e.message, ...Object.values(e.fields ?? {}).filter((m) => m !== e.message)].join('；'));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return { task, isOpen, open, cancel, text, setText, error, busy, submit, updated, forget: () => setUpdated({}) };
}
