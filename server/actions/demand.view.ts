import { availableSteps, stepFactsOf, waitingSteps } from '../../src/core/demand/demand.machine';
import { currentDue, isOverdue, STAGE_LABELS } from '../../src/core/demand/demand.deadlines';
import type { DemandDetail, DemandSummary } from '../../src/core/demand/demand.model';
import type { DemandDoc, DemandSummaryDoc } from '../db/demand.repo';
import type { UserDoc } from '../db/user.repo';

const iso = (d: Date | string) => new Date(d).toISOString();

export const toDemandSummary = (d: DemandSummaryDoc, now: Date): DemandSummary => ({
  id: d._id,
  title: d.title,
  category: d.category,
  urgency: d.urgency,
  status: d.status,
  enterpriseId: d.enterpriseId,
  enterpriseName: d.enterpriseName,
  createdAt: iso(d.createdAt),
  onBehalf: d.onBehalf,
  overdue: isOverdue(d, now),
  dueStage: currentDue(d)?.stage,
  departmentName: d.departmentName,
  stewardName: d.stewardName,
  escalated: !!d.escalatedAt,
});

export const toDemandDetail = (d: DemandDoc, viewer: UserDoc, now: Date, urls: Map<string, string> = new Map()): DemandDetail => {
  const due = currentDue(d);
  return {
    ...toDemandSummary(d, now),
    description: d.description,
    stewardId: d.stewardId,
    stewardName: d.stewardName,
    unitId: d.unitId,
    version: d.version,
    attachments: (d.attachments ?? []).map((a) => ({ ...a, url: urls.get(a.fileID) })),
    departmentId: d.departmentId,
    departmentName: d.departmentName,
    complexity: d.complexity,
    resolution: d.resolution,
    ratings: (d.ratings ?? []).map((r) => ({ ...r, at: iso(r.at) })),
    due: due ? { stage: due.stage, label: STAGE_LABELS[due.stage], dueAt: due.dueAt.toISOString(), overdue: due.dueAt < now } : undefined,
    extensions: (d.extensions ?? []).map((e) => ({ at: iso(e.at), reason: e.reason, newDueAt: iso(e.newDueAt) })),
    closeReason: d.closeReason,
    closeNote: d.closeNote,
    escalated: !!d.escalatedAt,
    steps: availableSteps(d.status, viewer.role, stepFactsOf(d)),
    waiting: waitingSteps(d.status, viewer.role, stepFactsOf(d)),
    returnedBy: d.returnedBy?.filter(Boolean) ?? [],
    resolveDueAt: d.resolveDueAt ? iso(d.resolveDueAt) : undefined,
    timeline: d.timeline.map((e) => ({ at: iso(e.at), actorName: e.actorName, actorRole: e.actorRole, kind: e.kind, text: e.text })),
  };
};
