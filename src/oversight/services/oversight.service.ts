import { action } from '@/services/action';

/** The unit's and the district's oversight: the watch list's export and one steward's overview. */

/** The demands a watch-list filter selects, as an Excel file in cloud storage with a temporary link. */
export const exportDemands = action('demand.export');

export const fetchStewardOverview = action('steward.overview');
