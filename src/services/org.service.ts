import type { DepartmentView, StewardLoad, UnitView } from '@/core/org/org.model';
import { callAction } from './cloud';

/** The organisation's fixed lists, for pickers: units, handling departments, a unit's stewards. */
export const listUnits = () => callAction<UnitView[]>('org.units');

export const listDepartments = () => callAction<DepartmentView[]>('org.departments');

export const listStewards = (unitId?: string) => callAction<StewardLoad[]>('org.stewards', unitId ? { unitId } : {});
