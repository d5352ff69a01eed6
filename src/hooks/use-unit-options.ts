import { listUnits } from '@/services/org.service';
import type { OptionsState } from '@/utils/option';
import { useOptions } from './use-options';

const none = () => Promise.resolve([]);

/** Units for a picker (42 of them: loaded once per page, and only when the page offers the choice). */
export function useUnitOptions(enabled = true): OptionsState {
  return useOptions(enabled ? listUnits : none, enabled, (unit) => ({ value: unit.id, label: unit.name }));
}
