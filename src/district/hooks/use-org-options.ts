import { useOptions } from '@/hooks/use-options';
import { listDepartments } from '@/services/org.service';
import type { OptionsState } from '@/utils/option';

const none = () => Promise.resolve([]);

export { useUnitOptions } from '@/hooks/use-unit-options';

/** Handling departments, loaded only when the form needs them. */
export function useDepartmentOptions(enabled: boolean): OptionsState {
  return useOptions(enabled ? listDepartments : none, enabled, (d) => ({ value: d.id, label: d.name }));
}
