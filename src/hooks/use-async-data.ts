import { useCallback, useEffect, useRef, useState } from 'react';
import { type CloudError, toCloudError } from '@/services/cloud-error';

export type AsyncData<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: CloudError };

/**
 * Loads one thing for a screen; loads again when `key` changes or on `reload()`. `refresh()`
 * loads again quietly: what is on screen stays (open forms and notices too) until the answer
 * comes, and a failed refresh keeps it; a person can pull to refresh again.
 */
export function useAsyncData<T>(load: () => Promise<T>, key: unknown) {
  const [state, setState] = useState<AsyncData<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const run = useCallback(async (quiet: boolean) => {
    const gen = ++generation.current;
    if (!quiet) setState({ status: 'loading' });
    try {
      const data = await loadRef.current();
      if (gen === generation.current) setState({ status: 'ready', data });
    } catch (err) {
      if (gen !== generation.current) return;
      setState((current) => (quiet && current.status === 'ready' ? current : { status: 'error', error: toCloudError(err) }));
    }
  }, []);

  useEffect(() => {
    void run(false);
  }, [run, key]);

  const reload = useCallback(() => run(false), [run]);
  const refresh = useCallback(() => run(true), [run]);
  return { state, reload, refresh };
}
