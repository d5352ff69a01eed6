import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ProposalView } from '@/core/org/org.model';
import { toCloudError } from '@/services/cloud-error';
import { decideProposal } from '../services/district.service';

interface Decision {
  proposalId: string;
  approve: boolean;
  reason: string;
  stewardId: string;
}

/** One proposal being decided at a time; decided ones are remembered so the list can show the result. */
export function useProposalDecision() {
  const [open, setOpen] = useState<Decision | null>(null);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const [decided, setDecided] = useState<Record<string, ProposalView>>({});
  const inFlight = useRef(false);

  const start = (proposal: ProposalView, approve: boolean) => {
    setError('');
    setOpen({ proposalId: proposal.id, approve, reason: '', stewardId: '' });
  };
  const change = (patch: Partial<Decision>) => setOpen((current) => (current ? { ...current, ...patch } : current));
  const cancel = () => setOpen(null);

  async function confirm() {
    if (!open || inFlight.current) return;
    const reason = open.reason.trim();
    if (!open.approve && reason.length < 2) return setError('请填写驳回理由');
    inFlight.current = true;
    setSending(true);
    setError('');
    try {
      const result = await decideProposal({
        id: open.proposalId,
        approve: open.approve,
        reason,
        ...(open.approve && open.stewardId ? { stewardId: open.stewardId } : {}),
      });
      setDecided((current) => ({ ...current, [result.id]: result }));
      setOpen(null);
      void Taro.showToast({ title: open.approve ? '已同意' : '已驳回', icon: 'success' });
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
