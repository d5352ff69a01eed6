import type { EnterpriseView } from '@/core/org/org.model';
import { listEnterprises } from '@/services/enterprise.service';
import { useAsyncData } from '@/hooks/use-async-data';

const PAGE_SIZE = 50;
const MAX_PAGES = 4;

async function allOf(stewardId: string): Promise<EnterpriseView[]> {
  const items: EnterpriseView[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await listEnterprises({ stewardId, page, pageSize: PAGE_SIZE });
    items.push(...result.items);
    if (!result.hasMore) break;
  }
  return items;
}

/** Every enterprise one steward serves (a steward has about ten), for choosing among them. */
export function useStewardEnterprises(stewardId: string) {
  return useAsyncData(() => (stewardId ? allOf(stewardId) : Promise.resolve([])), stewardId);
}
