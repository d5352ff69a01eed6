import { listDepartments } from '@/services/org.service';
import { useAsyncData } from './use-async-data';

/** The handling departments, for dispatching and re-routing. */
export function useDemandDepartments() {
  const { state, reload } = useAsyncData(listDepartments, 'departments');
  return {
    departments: state.status === 'ready' ? state.data : [],
    loading: state.status === 'loading',
    error: state.status === 'error' ? state.error.message : '',
    reload: () => void reload(),
  };
}
