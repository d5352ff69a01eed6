import { useAsyncData } from '@/hooks/use-async-data';
import { getEnterpriseProfile } from '@/services/enterprise.service';
import { CloudError } from '@/services/cloud-error';

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少企业编号，请从列表重新进入'));

/**
 * The profile of one enterprise. `refresh` keeps what is on screen while it loads again (back
 * from recording a contact, pull-down); only the first load and `reload` show the loading state.
 */
export function useProfile(id: string) {
  return useAsyncData(() => (id ? getEnterpriseProfile(id) : missingId()), id);
}
