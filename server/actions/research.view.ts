import type { ResearchVisitView } from '../../src/core/fieldwork/fieldwork.model';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { FileStore } from '../runtime/action-context';
import type { ResearchVisitDoc } from '../db/research-visit.repo';
import { tempUrlsOf } from './file-urls';

const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined);

const toResearchVisitView = (v: ResearchVisitDoc, now: Date, urls: Map<string, string>): ResearchVisitView => ({
  id: v._id, status: v.status ?? 'recorded', enterpriseId: v.enterpriseId, enterpriseName: v.enterpriseName, unitId: v.unitId, date: v.date, leaders: v.leaders,
  accompanying: v.accompanying, stewardAccompanies: v.stewardAccompanies ?? true, topics: v.topics, openPromises: v.openPromises,
  planFiles: (v.planFiles ?? []).map((f) => ({ ...f, url: urls.get(f.fileID) })),
  promises: v.promises.map((p) => ({ id: p.id, content: p.content, owner: p.owner, dueDate: p.dueDate, status: p.status, outcome: p.outcome, overdue: p.status === 'open' && p.dueDate < shanghaiDate(now) })),
  followUpDueAt: iso(v.followUpDueAt), followUpAt: iso(v.followUpAt), followUpNote: v.followUpNote, cancelReason: v.cancelReason,
});

/** Research visits as the screens show them, with a short-lived link to each plan file. */
export const toResearchVisitViews = async (files: FileStore, visits: ResearchVisitDoc[], now: Date): Promise<ResearchVisitView[]> => {
  const urls = await tempUrlsOf(files, visits.flatMap((v) => (v.planFiles ?? []).map((f) => f.fileID)));
  return visits.map((v) => toResearchVisitView(v, now, urls));
};

export const toResearchVisitViewOf = async (files: FileStore, visit: ResearchVisitDoc, now: Date): Promise<ResearchVisitView> => (await toResearchVisitViews(files, [visit], now))[0];
