import { CloudError } from '@/services/cloud-error';
import { getDemand } from '@/services/demand.service';
import { useAsyncData } from './use-async-data';

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少诉求编号，请从列表重新进入'));

/**
 * One demand for a screen. `reload` shows the loading state; `refresh` keeps the demand on
 * screen while it loads again (after a step, or on coming back), so open forms and notices stay.
 */
export function useDemandDetail(id: string) {
  return useAsyncData(() => (id ? getDemand(id) : missingId()), id);
}
