import { action } from '@/services/action';

/** Annual summaries (art. 8): a steward's and a unit's own, the unit's and the district's review. */
export const fetchMySummary = action('summary.mine');
export const saveSummary = action('summary.save');
export const submitSummary = action('summary.submit');
export const fetchSummary = action('summary.get');
export const listSummaries = action('summary.list');
export const returnSummary = action('summary.return');
export const acceptSummary = action('summary.accept');
export const exportSummary = action('summary.export');
export const fetchSummaryRound = action('summary.round');
export const setSummaryDeadline = action('summary.setDeadline');
