import { action } from '@/services/action';

/** A person's own 亲清 reports: only they and the district ever see them. */
export const submitIntegrityReport = action('integrity.submit');
export const listMyIntegrityReports = action('integrity.mine');
