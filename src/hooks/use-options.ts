import type { Option, OptionsState } from '@/utils/option';
import { useAsyncData } from './use-async-data';

/** Options for a picker, loaded by `load` (again when `key` changes), with their loading and error state. */
export function useOptions<T>(load: () => Promise<T[]>, key: unknown, toOption: (item: T) => Option): OptionsState {
  const { state, reload } = useAsyncData(load, key);
  return {
    options: state.status === 'ready' ? state.data.map(toOption) : [],
    loading: state.status === 'loading',
    error: state.status === 'error' ? state.error.message : undefined,
    reload: () => void reload(),
  };
}
