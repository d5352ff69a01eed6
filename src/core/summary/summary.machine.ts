import type { Role } from '../roles';
import type { SummaryKind, SummaryStatus } from './summary.model';

/**
 * The summary's steps as data: who takes each (the writer or the reviewer), from which states,
 * and where it leads. draft → submitted → returned → submitted → accepted. The server writes
 * every step conditionally on the version it read.
 */
export const SUMMARY_STEPS = {
  save: { by: 'writer', from: ['draft', 'returned'], to: null, label: '保存' },
  submit: { by: 'writer', from: ['draft', 'returned'], to: 'submitted', label: '提交' },
  return: { by: 'reviewer', from: ['submitted'], to: 'returned', label: '退回修改' },
  accept: { by: 'reviewer', from: ['submitted'], to: 'accepted', label: '审核通过' },
} as const satisfies Record<string, { by: SummaryParty; from: readonly SummaryStatus[]; to: SummaryStatus | null; label: string }>;

export type SummaryStep = keyof typeof SUMMARY_STEPS;
/** The writer edits and submits; the reviewer returns or accepts; a reader only reads. */
export type SummaryParty = 'writer' | 'reviewer' | 'reader';

/** The caller as the rules see them. */
export interface SummaryViewer {
  id: string;
  role: Role;
  unitId?: string;
}

/** What a summary carries that decides who may act on it. */
export interface SummarySubject {
  kind: SummaryKind;
  /** The steward (personal summaries) or the unit (unit summaries). */
  subjectId: string;
  unitId: string;
}

/**
 * Who the caller is to a summary: a steward writes their own and their unit admin reviews it;
 * a unit admin writes their unit's and the district reviews it; the district reads every one.
 * Null: none of their business (a steward never sees the unit's summary or a colleague's).
 */
export const summaryParty = (viewer: SummaryViewer, s: SummarySubject): SummaryParty | null => {
  const ownUnit = !!viewer.unitId && viewer.unitId === s.unitId;
  if (s.kind === 'steward') {
    if (viewer.role === 'steward' && viewer.id === s.subjectId) return 'writer';
    if (viewer.role === 'unit_admin' && ownUnit) return 'reviewer';
    if (viewer.role === 'district_admin') return 'reader';
    return null;
  }
  if (viewer.role === 'unit_admin' && ownUnit) return 'writer';
  if (viewer.role === 'district_admin') return 'reviewer';
  return null;
};

export const canTakeSummaryStep = (step: SummaryStep, party: SummaryParty | null, status: SummaryStatus): boolean =>
  party === SUMMARY_STEPS[step].by && (SUMMARY_STEPS[step].from as readonly SummaryStatus[]).includes(status);

/** The kind of summary a role writes itself, if any. */
export const OWN_SUMMARY_KIND: Partial<Record<Role, SummaryKind>> = { steward: 'steward', unit_admin: 'unit' };

/** One summary per subject and year: its id says which, so a second first save cannot make another (URL-safe: it travels in page links). */
export const summaryId = (year: number, kind: SummaryKind, subjectId: string) => `${year}-${kind}-${subjectId}`;
