import { listDepartments } from '@/services/org.service';
import type { OptionsState } from '@/utils/option';
import { useOptions } from './use-options';

/** The handling departments as picker options, for dispatching and re-routing. */
export function useDemandDepartments(): OptionsState {
  return useOptions(listDepartments, 'departments', (d) => ({ value: d.id, label: d.name }));
}
