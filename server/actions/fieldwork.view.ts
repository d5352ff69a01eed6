import type { PolicyView, PromotionView, ReportView, ResearchVisitView } from '../../src/core/fieldwork/fieldwork.model';
import { isWebLink } from '../../src/core/contracts/link-rule';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { PolicyDoc } from '../db/policy.repo';
import type { PromotionDoc } from '../db/promotion.repo';
import type { ReportDoc } from '../db/report.repo';
import type { ResearchVisitDoc } from '../db/research-visit.repo';

const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined);

export const toReportView = (r: ReportDoc): ReportView => ({
  id: r._id, enterpriseId: r.enterpriseId, enterpriseName: r.enterpriseName, unitId: r.unitId, category: r.category, fields: r.fields,
  summary: r.summary, risk: r.risk, riskReason: r.riskReason, reportedByName: r.reportedByName, createdAt: iso(r.createdAt)!,
});

export const toResearchVisitView = (v: ResearchVisitDoc, now: Date): ResearchVisitView => ({
  id: v._id, enterpriseId: v.enterpriseId, enterpriseName: v.enterpriseName, unitId: v.unitId, date: v.date, leaders: v.leaders,
  accompanying: v.accompanying, topics: v.topics, openPromises: v.openPromises,
  promises: v.promises.map((p) => ({ id: p.id, content: p.content, owner: p.owner, dueDate: p.dueDate, status: p.status, outcome: p.outcome, overdue: p.status === 'open' && p.dueDate < shanghaiDate(now) })),
  followUpDueAt: iso(v.followUpDueAt)!, followUpAt: iso(v.followUpAt), followUpNote: v.followUpNote,
});

export const toPolicyView = (p: PolicyDoc, now: Date, attachmentUrl?: string): PolicyView => ({
  id: p._id, title: p.title, summary: p.summary, issuer: p.issuer, validFrom: p.validFrom, validTo: p.validTo, industries: p.industries,
  // A link stored before links were checked is shown only if it is a web address.
  tags: p.tags, link: p.link && isWebLink(p.link) ? p.link : undefined, attachmentUrl, expired: p.validTo < shanghaiDate(now),
});

export const toPromotionView = (p: PromotionDoc): PromotionView => ({
  id: p._id, policyId: p.policyId, policyTitle: p.policyTitle, enterpriseId: p.enterpriseId, enterpriseName: p.enterpriseName,
  intendsToApply: p.intendsToApply, note: p.note, recordedByName: p.recordedByName, createdAt: iso(p.createdAt)!,
});
