import { action } from './action';

/** The organisation's lists for pickers: units, handling departments, a unit's stewards with their load. */
export const listUnits = action('org.units');

export const listDepartments = action('org.departments');

/** A page of a unit's stewards by name (a unit admin's own unit when unitId is left out). */
export const listStewards = action('org.stewards');
