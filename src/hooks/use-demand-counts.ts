import { countDemands } from '@/services/demand.service';
import { useAsyncData } from './use-async-data';
import { useReloadOnShow } from './use-reload-on-show';

/** Demand counts in the viewer's scope for a home, fresh again whenever the home shows again. */
export function useDemandCounts() {
  const counts = useAsyncData(countDemands, 'demand-counts');
  useReloadOnShow(counts.reload);
  return counts;
}
