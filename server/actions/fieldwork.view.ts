import type { PolicyView, PromotionTodoView, PromotionView, ReportView } from '../../src/core/fieldwork/fieldwork.model';
import { isWebLink } from '../../src/core/contracts/link-rule';
import type { PromotionTodoDoc } from '../db/promotion-todo.repo';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { PolicyDoc } from '../db/policy.repo';
import type { PromotionDoc } from '../db/promotion.repo';
import type { ReportDoc } from '../db/report.repo';

const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined);

export const toReportView = (r: ReportDoc): ReportView => ({
  id: r._id, enterpriseId: r.enterpriseId, enterpriseName: r.enterpriseName, unitId: r.unitId, category: r.category, fields: r.fields,
  summary: r.summary, risk: r.risk, riskReason: r.riskReason, reportedByName: r.reportedByName, createdAt: iso(r.createdAt)!,
});

/** `withPush`: the district sees how far the push to matching enterprises has gone. */
export const toPolicyView = (p: PolicyDoc, now: Date, attachmentUrl?: string, withPush = false): PolicyView => ({
  id: p._id, title: p.title, summary: p.summary, issuer: p.issuer, validFrom: p.validFrom, validTo: p.validTo, industries: p.industries,
  // A link stored before links were checked is shown only if it is a web address.
  tags: p.tags, link: p.link && isWebLink(p.link) ? p.link : undefined, attachmentUrl, expired: p.validTo < shanghaiDate(now),
  ...(withPush && p.push ? { push: { status: p.push.status, enterprises: p.push.enterprises, contacts: p.push.contacts } } : {}),
});

export const toPromotionTodoView = (t: PromotionTodoDoc): PromotionTodoView => ({
  id: t._id, policyId: t.policyId, policyTitle: t.policyTitle, enterpriseId: t.enterpriseId, enterpriseName: t.enterpriseName, createdAt: iso(t.createdAt)!, doneAt: iso(t.doneAt),
});

export const toPromotionView = (p: PromotionDoc): PromotionView => ({
  id: p._id, policyId: p.policyId, policyTitle: p.policyTitle, enterpriseId: p.enterpriseId, enterpriseName: p.enterpriseName,
  intendsToApply: p.intendsToApply, note: p.note, recordedByName: p.recordedByName, createdAt: iso(p.createdAt)!,
});
