import type { ActionArgs } from '@/core/contracts';
import type { StewardSummaryList, UnitSummaryList } from '@/core/summary/summary.model';
import { action } from '@/services/action';

/** Annual summaries (art. 8): a steward's and a unit's own, the unit's and the district's review. */
export const fetchMySummary = action('summary.mine');
export const saveSummary = action('summary.save');
export const submitSummary = action('summary.submit');
export const fetchSummary = action('summary.get');
const listSummaries = action('summary.list');
type ListInput = ActionArgs<'summary.list'>[0];
/** Each list answers its own shape (the contract's output is the union of both, told apart by `of`). */
export const listUnitSummaries = (input: Omit<Extract<ListInput, { of: 'units' }>, 'of'>) => listSummaries({ ...input, of: 'units' }) as Promise<UnitSummaryList>;
export const listStewardSummaries = (input: Omit<Extract<ListInput, { of: 'stewards' }>, 'of'>) => listSummaries({ ...input, of: 'stewards' }) as Promise<StewardSummaryList>;
export const returnSummary = action('summary.return');
export const acceptSummary = action('summary.accept');
export const exportSummary = action('summary.export');
export const fetchSummaryRound = action('summary.round');
export const setSummaryDeadline = action('summary.setDeadline');
