import { action } from './action';
import { callAction } from './cloud';

/** The organisation's fixed lists, for pickers: units, handling departments, a unit's stewards. */
export const listUnits = action('org.units');

export const listDepartments = action('org.departments');

export const listStewards = (unitId?: string) => callAction('org.stewards', unitId ? { unitId } : {});
