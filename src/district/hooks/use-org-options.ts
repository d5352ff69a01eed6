import { useAsyncData } from '@/hooks/use-async-data';
import { listDepartments, listStewards, listUnits } from '@/services/org.service';
import type { Option as PickerOption } from '@/utils/option';

export interface OptionsState {
  options: PickerOption[];
  loading: boolean;
  error?: string;
  reload: () => void;
}

function toOptions<T>(state: ReturnType<typeof useAsyncData<T[]>>, label: (item: T) => PickerOption): OptionsState {
  const { state: s, reload } = state;
  return {
    options: s.status === 'ready' ? s.data.map(label) : [],
    loading: s.status === 'loading',
    error: s.status === 'error' ? s.error.message : undefined,
    reload: () => void reload(),
  };
}

const none = () => Promise.resolve([]);

/** Units for a picker (42 of them: load once per page). */
export function useUnitOptions(): OptionsState {
  return toOptions(useAsyncData(listUnits, 'units'), (unit) => ({ value: unit.id, label: unit.name }));
}

/** Handling departments, loaded only when the form needs them. */
export function useDepartmentOptions(enabled: boolean): OptionsState {
  return toOptions(useAsyncData(enabled ? listDepartments : none, enabled), (d) => ({ value: d.id, label: d.name }));
}

/** A unit's stewards with their load, e.g. `王芳（9 家）`; nothing until a unit is chosen. */
export function useStewardOptions(unitId: string): OptionsState {
  return toOptions(useAsyncData(unitId ? () => listStewards(unitId) : none, unitId), (s) => ({
    value: s.id,
    label: `${s.name}（${s.enterprises} 家${s.overloaded ? '，超负荷' : ''}）`,
  }));
}
