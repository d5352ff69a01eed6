import type { DemandDetail, DemandSummary } from '../../src/core/demand/demand.model';
import type { Viewer } from '../../src/core/demand/demand.scope';
import type { DemandDoc, UserDoc } from '../db/documents';

export const viewerOf = (user: UserDoc): Viewer => ({
  id: user._id,
  role: user.role,
  enterpriseId: user.enterpriseId,
  stewardId: user.stewardId,
  unitId: user.unitId,
  departmentId: user.departmentId,
});

const iso = (d: Date | string) => new Date(d).toISOString();

export const toDemandSummary = (d: DemandDoc): DemandSummary => ({
  id: d._id,
  title: d.title,
  category: d.category,
  urgency: d.urgency,
  status: d.status,
  enterpriseId: d.enterpriseId,
  enterpriseName: d.enterpriseName,
  createdAt: iso(d.createdAt),
  onBehalf: d.onBehalf,
});

export const toDemandDetail = (d: DemandDoc): DemandDetail => ({
  ...toDemandSummary(d),
  description: d.description,
  stewardId: d.stewardId,
  stewardName: d.stewardName,
  unitId: d.unitId,
  timeline: d.timeline.map((e) => ({
    at: iso(e.at),
    actorName: e.actorName,
    actorRole: e.actorRole,
    kind: e.kind,
    text: e.text,
  })),
});
