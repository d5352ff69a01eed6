import type { ReportView, ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import { listReports } from '@/services/report.service';
import { listResearch } from '@/services/research.service';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { useAsyncData } from './use-async-data';

const PAGE = 50;
export const RISK_WINDOW_DAYS = 30;

interface OversightCounts {
  /** Promises still open across research visits, and how many of them are past due. */
  openPromises: number;
  overduePromises: number;
  visitsWithOpenPromises: number;
  /** Risk reports of the last 30 days, newest first. */
  risks: ReportView[];
  /** True when a page was full: the counts are at least these. */
  more: boolean;
}

const daysAgo = (days: number) => {
  const { date } = shanghaiNow(new Date(Date.now() - days * 86_400_000));
  return date;
};

async function loadOversight(): Promise<OversightCounts> {
  const [visits, risks] = await Promise.all([
    listResearch({ openOnly: true, page: 1, pageSize: PAGE }),
    listReports({ riskOnly: true, from: daysAgo(RISK_WINDOW_DAYS), page: 1, pageSize: PAGE }),
  ]);
  const promises = visits.items.flatMap((v: ResearchVisitView) => v.promises.filter((p) => p.status === 'open'));
  return {
    openPromises: promises.length,
    overduePromises: promises.filter((p) => p.overdue).length,
    visitsWithOpenPromises: visits.items.length,
    risks: risks.items,
    more: visits.hasMore || risks.hasMore,
  };
}

/** What a unit admin or the district should look at first in field work: open promises and risk reports. */
export function useOversightCounts(key: unknown) {
  return useAsyncData(loadOversight, key);
}
