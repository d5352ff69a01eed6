import type { AccountView, EnterpriseView, HandoverTaskView, HandoverView, ProposalView } from '../../src/core/org/org.model';
import { handoverTaskState } from '../../src/core/org/handover.rules';
import type { EnterpriseDoc } from '../db/enterprise.repo';
import type { HandoverTaskDoc } from '../db/handover-task.repo';
import type { HandoverDoc } from '../db/handover.repo';
import type { ProposalDoc } from '../db/proposal.repo';
import type { UserDoc } from '../db/user.repo';

const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined);

export const toAccountView = (u: UserDoc & { pendingCodeExpiresAt?: Date }, stewardName?: string): AccountView => ({
  id: u._id,
  role: u.role,
  name: u.name,
  phone: u.phone,
  status: u.status,
  bound: !!u.openid,
  unitId: u.unitId,
  departmentId: u.departmentId,
  stewardId: u.stewardId,
  ...(stewardName ? { stewardName } : {}),
  enterpriseId: u.enterpriseId,
  pendingCodeExpiresAt: iso(u.pendingCodeExpiresAt),
  staffingOverride: u.staffingOverride?.reason,
  createdAt: iso(u.createdAt)!,
});

export const toEnterpriseView = (e: EnterpriseDoc, extra: { unitName?: string; stewardPhone?: string } = {}): EnterpriseView => ({
  id: e._id,
  name: e.name,
  creditCode: e.creditCode,
  industry: e.industry,
  address: e.address,
  unitId: e.unitId,
  unitName: extra.unitName,
  stewardId: e.stewardId,
  stewardName: e.stewardName,
  stewardPhone: extra.stewardPhone,
  tags: e.tags,
  contactCadenceDays: e.contactCadenceDays,
  visitCadenceDays: e.visitCadenceDays,
  status: e.status,
  lastContactAt: iso(e.lastContactAt),
  lastVisitAt: iso(e.lastVisitAt),
  location: e.location ? { latitude: e.location.latitude, longitude: e.location.longitude } : undefined,
  preferences: e.preferences ? { ...e.preferences, updatedAt: iso(e.preferences.updatedAt)! } : undefined,
});

export const toHandoverTaskView = (t: HandoverTaskDoc, now: Date): HandoverTaskView => ({
  id: t._id,
  enterpriseId: t.enterpriseId,
  enterpriseName: t.enterpriseName,
  unitId: t.unitId,
  fromStewardName: t.fromStewardName,
  toStewardId: t.toStewardId,
  toStewardName: t.toStewardName,
  createdAt: iso(t.createdAt)!,
  dueAt: iso(t.dueAt)!,
  completedAt: iso(t.completedAt),
  state: handoverTaskState(t, now),
  escalated: !!t.escalatedAt,
});

export const toProposalView = (p: ProposalDoc, unitName?: string): ProposalView => ({
  id: p._id,
  unitId: p.unitId,
  unitName,
  kind: p.kind,
  enterpriseId: p.enterpriseId,
  enterpriseName: p.enterpriseName,
  creditCode: p.creditCode,
  reason: p.reason,
  status: p.status,
  decisionReason: p.decisionReason,
  createdAt: iso(p.createdAt)!,
  decidedAt: iso(p.decidedAt),
});

export const toHandoverView = (h: HandoverDoc): HandoverView => ({
  id: h._id,
  unitId: h.unitId,
  unitName: h.unitName,
  fromStewardId: h.fromStewardId,
  fromStewardName: h.fromStewardName,
  toStewardId: h.toStewardId,
  toStewardName: h.toStewardName,
  enterpriseIds: h.enterpriseIds,
  enterpriseNames: h.enterpriseNames,
  reason: h.reason,
  status: h.status,
  proposedByName: h.proposedByName,
  createdAt: iso(h.createdAt)!,
  decidedByName: h.decidedByName,
  decidedAt: iso(h.decidedAt),
  decisionReason: h.decisionReason,
  movedEnterprises: h.movedEnterprises,
});
