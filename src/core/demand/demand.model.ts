/** Demand (诉求) vocabulary shared by the app and the cloud functions. */
export const DEMAND_CATEGORIES = [
  '政策咨询',
  '融资',
  '用地/厂房',
  '人才/落户',
  '审批办理',
  '知识产权',
  '市场拓展',
  '其他',
] as const;
export type DemandCategory = (typeof DEMAND_CATEGORIES)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急' };

export const DEMAND_STATUSES = [
  'submitted',
  'returned',
  'dispatched',
  'accepted',
  'waiting_enterprise',
  'rerouting',
  'resolved',
  'rectifying',
  'district_review',
  'closed',
  'withdrawn',
] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = {
  submitted: '待管家审核',
  returned: '退回修改',
  dispatched: '已派单',
  accepted: '办理中',
  waiting_enterprise: '待企业补充材料',
  rerouting: '待区科经委重新派单',
  resolved: '已办结待评价',
  rectifying: '整改中',
  district_review: '待区科经委裁定',
  closed: '已关闭',
  withdrawn: '已撤回',
};

/** Why a demand is closed: rated, closed by the timer unrated, withdrawn, or closed as unresolved by the district. */
export const CLOSE_REASONS = ['rated', 'auto', 'withdrawn', 'unresolved'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** A demand is open until it is closed or withdrawn (a resolved one still awaits its rating). */
export const OPEN_DEMAND_STATUSES = DEMAND_STATUSES.filter((s) => s !== 'closed' && s !== 'withdrawn');
export const isOpenDemand = (status: DemandStatus) => status !== 'closed' && status !== 'withdrawn';

/** What the list screens show for one demand. */
export interface DemandSummary {
  id: string;
  title: string;
  category: DemandCategory;
  urgency: Urgency;
  status: DemandStatus;
  enterpriseId: string;
  enterpriseName: string;
  createdAt: string; // ISO 8601
  onBehalf: boolean;
  overdue: boolean;
  /** The deadline now running (e.g. 'callback' while the steward's call-back is due). */
  dueStage?: string;
  departmentName?: string;
  /** The enterprise's steward, for the unit's and the district's watch lists. */
  stewardName?: string;
  /** Escalated to the unit and the district after repeated misses (督办). */
  escalated?: boolean;
}

export interface DemandTimelineEntry {
  at: string; // ISO 8601
  actorName: string;
  actorRole: string;
  kind: string;
  /** Plain words for the enterprise, e.g. “企业提交了诉求”. */
  text: string;
}

export interface DemandAttachment {
  fileID: string;
  name: string;
  contentType: string;
  size: number;
  /** A short-lived download URL. */
  url?: string;
}

export interface DemandRating {
  at: string;
  resolved: string;
  satisfaction: string;
  comment: string;
}

export interface DemandDetail extends DemandSummary {
  description: string;
  stewardId: string;
  stewardName: string;
  unitId: string;
  version: number;
  attachments: DemandAttachment[];
  departmentId?: string;
  departmentName?: string;
  complexity?: 'simple' | 'complex';
  resolution?: string;
  ratings: DemandRating[];
  /** The deadline now running, in plain terms, and whether it is missed. */
  due?: { stage: string; label: string; dueAt: string; overdue: boolean };
  extensions: Array<{ at: string; reason: string; newDueAt: string }>;
  closeReason?: CloseReason;
  /** Why the district closed it as unresolved (closeReason 'unresolved'). */
  closeNote?: string;
  escalated: boolean;
  /** Departments that returned the demand as not theirs (ids). */
  returnedBy: string[];
  /** The committed resolution deadline, also before the first contact is recorded. */
  resolveDueAt?: string;
  /** Lifecycle steps the caller may take now (buttons). */
  steps: string[];
  /** What the caller waits for before a step opens, in words (e.g. the call-back before rectifying). */
  waiting?: string[];
  timeline: DemandTimelineEntry[];
}

export interface PageResult<T> {
  items: T[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

/** A person's open demands counted for their home (`demand.counts`). */
export interface DemandCounts {
  /** Open demands per state (closed and withdrawn ones are history, not counted here). */
  byStatus: Partial<Record<DemandStatus, number>>;
  overdue: number;
  /** Bad reviews the steward has not called back yet (待回访). */
  awaitingCallback: number;
  /** All open demands. */
  open: number;
}

/** What every lifecycle step answers: the demand's new status and the version to send next. */
export interface StepResult {
  id: string;
  status: DemandStatus;
  version: number;
}
