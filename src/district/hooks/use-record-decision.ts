import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';

export interface DecisionDraft {
  id: string;
  approve: boolean;
  reason: string;
  stewardId: string;
}

interface Words {
  /** Toasts after the decision. */
  approved: string;
  rejected: string;
  /** Said when a refusal comes without its reason. */
  reasonMissing: string;
}

/**
 * The district deciding one record of a list at a time (a proposal, a steward change): approve
 * or refuse with a reason; decided records are remembered so the list shows the result at once.
 */
export function useRecordDecision<T extends { id: string }>(send: (draft: DecisionDraft) => Promise<T>, words: Words) {
  const [open, setOpen] = useState<DecisionDraft | null>(null);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const [decided, setDecided] = useState<Record<string, T>>({});
  const inFlight = useRef(false);

  const start = (record: { id: string }, approve: boolean) => {
    setError('');
    setOpen({ id: record.id, approve, reason: '', stewardId: '' });
  };
  const change = (patch: Partial<DecisionDraft>) => setOpen((current) => (current ? { ...current, ...patch } : current));
  const cancel = () => setOpen(null);

  async function confirm() {
    if (!open || inFlight.current) return;
    const reason = open.reason.trim();
    if (!open.approve && reason.length < 2) return setError(words.reasonMissing);
    inFlight.current = true;
    setSending(true);
    setError('');
    try {
      const result = await send({ ...open, reason });
      setDecided((current) => ({ ...current, [result.id]: result }));
      setOpen(null);
      void Taro.showToast({ title: open.approve ? words.approved : words.rejected, icon: 'success' });
    } catch (err) {
      const failure = toCloudError(err);
      setError([failure.message, ...Object.values(failure.fields ?? {})].join('；'));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  return { open, error, sending, decided, start, change, cancel, confirm, forget: () => setDecided({}) };
}

export type RecordDecision = ReturnType<typeof useRecordDecision>;
