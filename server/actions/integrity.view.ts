import { REPORTER_STATUS_LABELS, integrityWaitingFor, type IntegrityReportDetail, type IntegrityReportMine, type IntegrityReportRow } from '../../src/core/integrity/integrity.model';
import { ROLE_LABELS } from '../../src/core/roles';
import type { IntegrityReportDoc } from '../db/integrity-report.repo';

const iso = (d?: Date) => (d ? d.toISOString() : undefined);

export const toReporterView = (r: IntegrityReportDoc): IntegrityReportMine => ({
  id: r._id, number: r.number, category: r.category, description: r.description, anonymous: r.anonymous,
  statusLabel: REPORTER_STATUS_LABELS[r.status], submittedAt: r.submittedAt.toISOString(),
  ...(r.acknowledgedAt ? { acknowledgedAt: iso(r.acknowledgedAt) } : {}),
  // The reply only: the district's notes and conclusion stay internal.
  ...(r.status === 'replied' ? { reply: r.reply, repliedAt: iso(r.repliedAt) } : {}),
});

export const toRow = (r: IntegrityReportDoc, now: Date): IntegrityReportRow => {
  const waiting = integrityWaitingFor(r.status);
  const due = waiting === 'ack' ? r.ackDueAt : waiting === 'conclude' ? r.concludeDueAt : null;
  return {
    id: r._id, number: r.number, category: r.category, status: r.status, submittedAt: r.submittedAt.toISOString(),
    ackDueAt: r.ackDueAt.toISOString(), concludeDueAt: r.concludeDueAt.toISOString(), overdue: !!due && due.getTime() < now.getTime(),
  };
};

export interface DetailExtras {
  urls: Map<string, string>;
  unitNames: Map<string, string>;
}

export const toDetail = (r: IntegrityReportDoc, now: Date, { urls, unitNames }: DetailExtras): IntegrityReportDetail => ({
  ...toRow(r, now),
  description: r.description,
  anonymous: r.anonymous,
  reporter: { name: r.reporterName, roleLabel: ROLE_LABELS[r.reporterRole], enterpriseName: r.reporterEnterpriseName, phone: r.reporterPhone },
  ...(r.servingStewardId ? { servingSteward: { id: r.servingStewardId, name: r.servingStewardName ?? '' } } : {}),
  attachments: r.attachments.map((a) => ({ name: a.name, url: urls.get(a.fileID) })),
  ...(r.acknowledgedAt ? { acknowledgedAt: iso(r.acknowledgedAt) } : {}),
  notes: r.notes.map((n) => ({ at: n.at.toISOString(), byName: n.byName, text: n.text })),
  ...(r.outcome && r.concludedAt
    ? { conclusion: { outcome: r.outcome, findings: r.findings ?? '', stewardId: r.concernedStewardId, stewardName: r.concernedStewardName, unitName: r.concernedUnitId ? unitNames.get(r.concernedUnitId) : undefined, at: r.concludedAt.toISOString() } }
    : {}),
  ...(r.reply ? { reply: r.reply, repliedAt: iso(r.repliedAt) } : {}),
});
