import { useState } from 'react';

interface DatedFilter {
  from: string;
  to: string;
}

/**
 * A filter being edited (`draft`) and the one the list shows (`applied`): 查询 applies the draft
 * once its period reads forwards, 清空 resets both. `tidy` cleans a draft before it applies.
 */
export function useFilterDraft<F extends DatedFilter>(empty: F, tidy: (draft: F) => F = (draft) => draft, onApply?: () => void) {
  const [draft, setDraft] = useState<F>(empty);
  const [applied, setApplied] = useState<F>(empty);
  const [error, setError] = useState('');
  const change = (patch: Partial<F>) => setDraft((current) => ({ ...current, ...patch }));
  const search = () => {
    if (draft.from && draft.to && draft.from > draft.to) return setError('开始日期不能晚于结束日期');
    setError('');
    onApply?.();
    setApplied(tidy(draft));
  };
  const clear = () => {
    setError('');
    onApply?.();
    setDraft(empty);
    setApplied(empty);
  };
  return { draft, change, applied, error, search, clear };
}
