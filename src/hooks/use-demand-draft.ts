import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { URGENCIES } from '@/core/demand/demand.model';
import type { DemandDraft } from '@/utils/demand-draft.rules';
import { newClientRequestId } from '@/utils/request-id';

export const DEMAND_DRAFT_KEY = 'demand-draft';

const emptyDraft = (): DemandDraft => ({
  category: '',
  title: '',
  description: '',
  urgency: 'normal',
  clientRequestId: newClientRequestId(),
  attachments: [],
});

const isRef = (a: unknown): a is DemandDraft['attachments'][number] =>
  !!a && typeof a === 'object' && typeof (a as { fileID?: unknown }).fileID === 'string' && typeof (a as { name?: unknown }).name === 'string';

function readStoredDraft(key: string): DemandDraft | null {
  const stored: unknown = Taro.getStorageSync(key);
  if (!stored || typeof stored !== 'object') return null;
  const draft = stored as Partial<DemandDraft>;
  if (typeof draft.clientRequestId !== 'string' || !draft.clientRequestId) return null;
  return {
    category: typeof draft.category === 'string' ? draft.category : '',
    title: typeof draft.title === 'string' ? draft.title : '',
    description: typeof draft.description === 'string' ? draft.description : '',
    urgency: URGENCIES.includes(draft.urgency as never) ? (draft.urgency as DemandDraft['urgency']) : 'normal',
    clientRequestId: draft.clientRequestId,
    attachments: Array.isArray(draft.attachments) ? draft.attachments.filter(isRef) : [],
  } as DemandDraft;
}

/**
 * The demand being written, kept on the device until it is sent so that closing the page or
 * losing the network loses nothing. Its clientRequestId lives as long as the draft does.
 */
export function useDemandDraft(key: string = DEMAND_DRAFT_KEY) {
  const [draft, setDraft] = useState<DemandDraft>(() => readStoredDraft(key) ?? emptyDraft());

  const change = useCallback((patch: Partial<Omit<DemandDraft, 'clientRequestId'>>) => {
    setDraft((current) => {
      const next = { ...current, ...patch };
      Taro.setStorageSync(key, next);
      return next;
    });
  }, [key]);

  const discard = useCallback(() => {
    Taro.removeStorageSync(key);
    setDraft(emptyDraft());
  }, [key]);

  return { draft, change, discard };
}
