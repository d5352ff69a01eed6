import { useOptions } from '@/hooks/use-options';
import { listDepartments, listStewards } from '@/services/org.service';
import type { OptionsState } from '@/utils/option';

const none = () => Promise.resolve([]);

export { useUnitOptions } from '@/hooks/use-unit-options';

/** Handling departments, loaded only when the form needs them. */
export function useDepartmentOptions(enabled: boolean): OptionsState {
  return useOptions(enabled ? listDepartments : none, enabled, (d) => ({ value: d.id, label: d.name }));
}

/** A unit's stewards with their load, e.g. `王芳（9 家）`; nothing until a unit is chosen. */
export function useStewardOptions(unitId: string): OptionsState {
  return useOptions(unitId ? () => listStewards(unitId) : none, unitId, (s) => ({
    value: s.id,
    label: `${s.name}（${s.enterprises} 家${s.overloaded ? '，超负荷' : ''}）`,
  }));
}
