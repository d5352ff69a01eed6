import { useCallback, useEffect, useRef, useState } from 'react';
import type { EnterpriseProfile } from '@/core/fieldwork/fieldwork.model';
import type { AsyncData } from '@/hooks/use-async-data';
import { getEnterpriseProfile } from '@/services/cadence.service';
import { CloudError, toCloudError } from '@/services/cloud-error';

/**
 * The profile of one enterprise. `refresh` keeps what is on screen while it loads again (back
 * from recording a contact, pull-down); only the first load and `reload` show the loading state.
 */
export function useProfile(id: string) {
  const [state, setState] = useState<AsyncData<EnterpriseProfile>>({ status: 'loading' });
  const generation = useRef(0);

  const load = useCallback(
    async (quiet: boolean) => {
      const gen = ++generation.current;
      if (!quiet) setState({ status: 'loading' });
      try {
        if (!id) throw new CloudError('NOT_FOUND', '链接中缺少企业编号，请从列表重新进入');
        const data = await getEnterpriseProfile(id);
        if (gen === generation.current) setState({ status: 'ready', data });
      } catch (err) {
        if (gen === generation.current && !quiet) setState({ status: 'error', error: toCloudError(err) });
      }
    },
    [id],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  return { state, reload: () => load(false), refresh: () => load(true) };
}
