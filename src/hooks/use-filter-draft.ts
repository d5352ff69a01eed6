import { useState } from 'react';

interface DatedFilter {
  from: string;
  to: string;
}

/**
 * A filter being edited (`draft`) and the one the list shows (`applied`): 查询 applies the draft
 * once its period reads forwards, 清空 resets both to `empty`. `tidy` cleans a draft before it
 * applies; `initial` is what the list starts with (e.g. a filter named in the link).
 */
export function useFilterDraft<F extends DatedFilter>(empty: F, tidy: (draft: F) => F = (draft) => draft, onApply?: () => void, initial: F = empty) {
  const [draft, setDraft] = useState<F>(initial);
  const [applied, setApplied] = useState<F>(initial);
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
