import { countAwaitingCallback, countDemands, type DemandCounts } from '@/services/demand.service';
import { useAsyncData } from './use-async-data';
import { useReloadOnShow } from './use-reload-on-show';

export interface HomeCounts extends DemandCounts {
  /** Bad reviews not yet called back (only asked for on a steward's home). */
  awaitingCallback: number;
}

async function loadCounts(withCallbacks: boolean): Promise<HomeCounts> {
  const counts = await countDemands();
  const rectifying = counts.byStatus.rectifying ?? 0;
  const awaitingCallback = withCallbacks && rectifying > 0 ? await countAwaitingCallback() : 0;
  return { ...counts, awaitingCallback };
}

/** Demand counts in the viewer's scope for a home, fresh again whenever the home shows again. */
export function useDemandCounts(withCallbacks = false) {
  const counts = useAsyncData(() => loadCounts(withCallbacks), withCallbacks);
  useReloadOnShow(counts.reload);
  return counts;
}
