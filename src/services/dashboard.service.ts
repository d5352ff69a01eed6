import { action } from './action';

/** The unit admin's and the district's homes. */
export const fetchUnitDashboard = action('dashboard.unit');

export const fetchDistrictDashboard = action('dashboard.district');
