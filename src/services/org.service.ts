import { action } from './action';
import { callAction } from './cloud';

/** The organisation's lists for pickers: units, handling departments, a unit's stewards with their load. */
export const listUnits = action('org.units');

export const listDepartments = action('org.departments');

export const listStewards = (unitId?: string) => callAction('org.stewards', unitId ? { unitId } : {});
