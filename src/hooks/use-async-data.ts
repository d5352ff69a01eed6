import { useCallback, useEffect, useRef, useState } from 'react';
import { type CloudError, toCloudError } from '@/services/cloud-error';

export type AsyncData<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: CloudError };

/** Loads one thing for a screen; loads again when `key` changes or on `reload()`. */
export function useAsyncData<T>(load: () => Promise<T>, key: unknown) {
  const [state, setState] = useState<AsyncData<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const gen = ++generation.current;
    setState({ status: 'loading' });
    try {
      const data = await loadRef.current();
      if (gen === generation.current) setState({ status: 'ready', data });
    } catch (err) {
      if (gen === generation.current) setState({ status: 'error', error: toCloudError(err) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, key]);

  return { state, reload };
}
