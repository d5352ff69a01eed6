import { RECTIFICATION_STATUS_LABELS, SOURCE_KIND_LABELS, type MeasureView, type RectificationDetail, type RectificationRow } from '../../src/core/rectification/rectification.model';
import type { MeasureDoc, RectificationPlanDoc } from '../db/rectification-plan.repo';

const measureOverdue = (m: MeasureDoc, now: Date) => !m.doneAt && m.dueAt.getTime() < now.getTime();

export const planOverdue = (p: RectificationPlanDoc, now: Date): boolean =>
  ((p.status === 'drafting' || p.status === 'returned') && p.dueAt.getTime() < now.getTime()) || (p.status === 'accepted' && p.measures.some((m) => measureOverdue(m, now)));

export const toRow = (p: RectificationPlanDoc, now: Date): RectificationRow => ({
  id: p._id, unitId: p.unitId, unitName: p.unitName, source: p.source, sourceLabel: SOURCE_KIND_LABELS[p.source.kind],
  status: p.status, statusLabel: RECTIFICATION_STATUS_LABELS[p.status], requestedAt: p.requestedAt.toISOString(), dueAt: p.dueAt.toISOString(),
  measures: p.measures.length, measuresDone: p.measures.filter((m) => m.doneAt).length, overdue: planOverdue(p, now),
});

const toMeasure = (m: MeasureDoc, now: Date, urls: Map<string, string>): MeasureView => ({
  id: m.id, text: m.text, owner: m.owner, dueDate: m.dueDate, done: !!m.doneAt, overdue: measureOverdue(m, now),
  ...(m.evidence && m.doneAt
    ? { evidence: { text: m.evidence.text, attachments: m.evidence.attachments.map((a) => ({ name: a.name, url: urls.get(a.fileID) })), at: m.doneAt.toISOString(), byName: m.evidence.byName } }
    : {}),
});

export const toDetail = (p: RectificationPlanDoc, now: Date, urls: Map<string, string> = new Map()): RectificationDetail => ({
  ...toRow(p, now),
  version: p.version,
  measureList: p.measures.map((m) => toMeasure(m, now, urls)),
  ...(p.returnReason ? { returnReason: p.returnReason } : {}),
  history: p.history.map((h) => ({ at: h.at.toISOString(), byName: h.byName, text: h.text })),
});

/** Every evidence file of a plan, for one temporary-URL call. */
export const evidenceFiles = (p: RectificationPlanDoc): string[] => p.measures.flatMap((m) => m.evidence?.attachments.map((a) => a.fileID) ?? []);
