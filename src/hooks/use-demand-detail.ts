import { useCallback, useEffect, useRef, useState } from 'react';
import type { DemandDetail } from '@/core/demand/demand.model';
import { CloudError, toCloudError } from '@/services/cloud-error';
import { getDemand } from '@/services/demand.service';
import type { AsyncData } from './use-async-data';

const missingId = () => new CloudError('NOT_FOUND', '链接中缺少诉求编号，请从列表重新进入');

/**
 * One demand for a screen. `reload` shows the loading state; `refresh` keeps the demand on
 * screen while it loads again (after a step, or on coming back), so open forms and notices stay.
 */
export function useDemandDetail(id: string) {
  const [state, setState] = useState<AsyncData<DemandDetail>>({ status: 'loading' });
  const generation = useRef(0);

  const load = useCallback(
    async (quiet: boolean) => {
      const gen = ++generation.current;
      if (!quiet) setState({ status: 'loading' });
      try {
        if (!id) throw missingId();
        const data = await getDemand(id);
        if (gen === generation.current) setState({ status: 'ready', data });
      } catch (err) {
        if (gen !== generation.current) return;
        // A failed quiet refresh keeps what is shown; a person can pull to refresh again.
        setState((current) => (quiet && current.status === 'ready' ? current : { status: 'error', error: toCloudError(err) }));
      }
    },
    [id],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  const reload = useCallback(() => load(false), [load]);
  const refresh = useCallback(() => load(true), [load]);
  return { state, reload, refresh };
}
