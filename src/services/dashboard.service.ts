import { action } from './action';
import { callAction } from './cloud';

/** The unit admin's and the district's homes. */
export const fetchUnitDashboard = (unitId?: string) => callAction('dashboard.unit', unitId ? { unitId } : {});

export const fetchDistrictDashboard = action('dashboard.district');
