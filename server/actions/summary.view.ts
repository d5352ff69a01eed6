import { canTakeSummaryStep, summaryParty, type SummaryParty, type SummaryViewer } from '../../src/core/summary/summary.machine';
import type { SummaryDetail, SummaryReference, SummaryRow, SummaryStatus } from '../../src/core/summary/summary.model';
import type { SummaryDoc, SummaryRowDoc } from '../db/summary.repo';
import type { UserDoc } from '../db/user.repo';

export const viewerOf = (user: UserDoc): SummaryViewer => ({ id: user._id, role: user.role, unitId: user.unitId });

/** A summary that exists, or the one a writer is about to start: the stored fields a view needs. */
export type SummaryShape = Pick<SummaryDoc, '_id' | 'year' | 'kind' | 'subjectId' | 'subjectName' | 'unitId' | 'unitName' | 'status' | 'version' | 'sections'>;

/** Submitted and accepted summaries show the data as it stood at submission; drafts show it as it stands. */
export const isFrozen = (status: SummaryStatus) => status === 'submitted' || status === 'accepted';

export const toDetail = (s: SummaryShape & Partial<SummaryDoc>, reference: SummaryReference, party: SummaryParty | null, deadline: string | null): SummaryDetail => ({
  id: s.version ? s._id : '',
  year: s.year, kind: s.kind, subjectId: s.subjectId, subjectName: s.subjectName, unitId: s.unitId, unitName: s.unitName,
  status: s.status, version: s.version, sections: s.sections, reference, frozen: isFrozen(s.status),
  ...(s.submittedAt ? { submittedAt: s.submittedAt.toISOString(), late: !!s.late } : {}),
  ...(s.acceptedAt ? { acceptedAt: s.acceptedAt.toISOString(), acceptedByName: s.acceptedByName } : {}),
  returns: (s.returns ?? []).map((r) => ({ at: r.at.toISOString(), byName: r.byName, reason: r.reason })),
  deadline,
  can: {
    edit: canTakeSummaryStep('save', party, s.status),
    submit: canTakeSummaryStep('submit', party, s.status),
    review: canTakeSummaryStep('accept', party, s.status),
    export: s.version > 0 && party !== null,
  },
});

/** A reviewer's list row: a steward or unit, and its summary if one was started. */
export const toRow = (subjectId: string, subjectName: string, doc?: SummaryRowDoc): SummaryRow => ({
  subjectId, subjectName, state: doc?.status ?? 'not_started', returns: doc?.returns?.length ?? 0,
  ...(doc ? { summaryId: doc._id } : {}),
  ...(doc?.submittedAt ? { submittedAt: doc.submittedAt.toISOString(), late: !!doc.late } : {}),
  ...(doc?.acceptedAt ? { acceptedAt: doc.acceptedAt.toISOString() } : {}),
});

export { summaryParty };
