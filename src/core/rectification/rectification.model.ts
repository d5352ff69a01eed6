/**
 * Rectification plans (整改方案, guideline art. 7): an interview, an assessment result or a spot
 * check asks a unit for a plan within a stated number of working days. The unit admin drafts
 * measures (each with an owner and a due date) and submits; the district accepts or returns it
 * with a reason; the unit reports each measure done with evidence. A plan not submitted in time
 * and a measure past its due date are supervised like demands (the unit admin, then the district).
 */
export const RECTIFICATION_SOURCE_KINDS = ['interview', 'assessment', 'spot_check'] as const;
export type RectificationSourceKind = (typeof RECTIFICATION_SOURCE_KINDS)[number];

export interface RectificationSource {
  kind: RectificationSourceKind;
  id: string;
  title: string;
}

export const SOURCE_KIND_LABELS: Record<RectificationSourceKind, string> = { interview: '季度约谈', assessment: '年度考核', spot_check: '周抽查' };

/** The default time a unit has for its plan (DOMAIN.md: 10 working days). */
export const DEFAULT_PLAN_WORKING_DAYS = 10;
/** A returned plan is due again this many working days after the return. */
export const RESUBMIT_WORKING_DAYS = 5;
/** A missed deadline is told to the unit admin at once, and to the district this many working days later. */
export const ESCALATE_AFTER_WORKING_DAYS = 2;
export const MAX_MEASURES = 20;

export type RectificationStatus = 'drafting' | 'submitted' | 'returned' | 'accepted' | 'completed';

export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  drafting: '待提交方案',
  submitted: '待区审核',
  returned: '已退回修改',
  accepted: '整改中',
  completed: '已完成整改',
};

export const OPEN_RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['drafting', 'submitted', 'returned', 'accepted'];

export interface AttachmentView {
  name: string;
  url?: string;
}

export interface MeasureView {
  id: string;
  text: string;
  owner: string;
  /** YYYY-MM-DD, Shanghai. */
  dueDate: string;
  done: boolean;
  overdue: boolean;
  evidence?: { text: string; attachments: AttachmentView[]; at: string; byName: string };
}

export interface RectificationRow {
  id: string;
  unitId: string;
  unitName: string;
  source: RectificationSource;
  sourceLabel: string;
  status: RectificationStatus;
  statusLabel: string;
  requestedAt: string;
  /** When the plan is (or was) due for submission. */
  dueAt: string;
  measures: number;
  measuresDone: number;
  /** The plan waits past its due date, or a measure is past its own. */
  overdue: boolean;
}

export interface RectificationEventView {
  at: string;
  byName: string;
  text: string;
}

export interface RectificationDetail extends RectificationRow {
  version: number;
  measureList: MeasureView[];
  returnReason?: string;
  history: RectificationEventView[];
}
