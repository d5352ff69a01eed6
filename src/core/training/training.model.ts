import type { PageResult } from '../demand/demand.model';

/**
 * Training (guideline art. 2 and 6): the district runs courses of three kinds — online material
 * (a video, or a document given as its page images), offline lectures and visits with a sign-in
 * at the venue, and case sharing — and the units make their stewards attend. Each steward has
 * one training record per course they are assigned or take; hours and completion roll up per
 * steward and per unit for the annual assessment.
 */
export const COURSE_KINDS = ['online', 'lecture', 'visit', 'case'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export const COURSE_KIND_LABELS: Record<CourseKind, string> = { online: '线上课程', lecture: '线下讲座', visit: '参观学习', case: '案例分享' };
/** Kinds held at a venue, with a session window and a sign-in code. */
export const OFFLINE_KINDS: readonly CourseKind[] = ['lecture', 'visit'];

export const MATERIAL_TYPES = ['video', 'document'] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];
export const MATERIAL_TYPE_LABELS: Record<MaterialType, string> = { video: '视频', document: '文档' };

export type CourseStatus = 'draft' | 'published';
export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = { draft: '草稿', published: '已发布' };

export type TrainingStatus = 'assigned' | 'in_progress' | 'completed';
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = { assigned: '待学习', in_progress: '学习中', completed: '已完成' };

/** Why a steward has a record: assigned as new (created or taking over enterprises), by the district, or taken of their own accord. */
export type TrainingSource = 'new_steward' | 'handover' | 'district' | 'self';

export interface CourseMaterialView {
  type: MaterialType;
  name: string;
  /** Video: its length, read from the file by the server. */
  durationSeconds?: number;
  /** Document: the number of pages. */
  pages?: number;
  /** Short-lived download URLs: one for a video, one per page for a document (course.get only). */
  urls?: string[];
}

export interface CourseSessionView {
  venue: string;
  startsAt: string; // ISO 8601
  endsAt: string;
}

export interface CourseView {
  id: string;
  kind: CourseKind;
  title: string;
  summary: string;
  hours: number;
  /** Assigned to every new steward (and by the district to those it chooses). */
  required: boolean;
  status: CourseStatus;
  material?: CourseMaterialView;
  session?: CourseSessionView;
  /** Case sharing: the anonymised case. */
  caseText?: string;
  createdAt: string;
  publishedAt?: string;
}

/** What the organiser shows at the venue (district only). */
export interface CourseSignInCode {
  code: string;
  /** A QR code holding `fwb-signin:<code>`, as a data URL. */
  qrDataUrl: string;
  opensAt: string;
  closesAt: string;
}

export interface TrainingProgressView {
  /** Video: the furthest position watched, in seconds. */
  watchedSeconds?: number;
  /** Document: how many pages have been read. */
  pagesRead?: number;
}

export interface TrainingRecordView {
  courseId: string;
  courseTitle: string;
  courseKind: CourseKind;
  hours: number;
  required: boolean;
  source: TrainingSource;
  status: TrainingStatus;
  assignedAt: string;
  dueDate?: string; // YYYY-MM-DD, Shanghai
  overdue: boolean;
  completedAt?: string;
  progress: TrainingProgressView;
}

/** A course as the steward opens it: the course, their record (if any) and the completion rule. */
export interface CourseDetail {
  course: CourseView;
  record: TrainingRecordView | null;
  signIn?: CourseSignInCode;
}

/** One steward's or one unit's training in a year: hours, completions, and required courses done. */
export interface TrainingStatsRow {
  subjectId: string;
  name: string;
  hours: number;
  completed: number;
  requiredAssigned: number;
  requiredCompleted: number;
  /** Required courses past their due date and still open. */
  overdue: number;
  /** requiredCompleted / requiredAssigned; null when nothing was required this year. */
  completionRate: number | null;
}

/**
 * What a unit's steward rows show. 'overdue': stewards with required courses past their due date
 * and still open, most overdue first — who needs a nudge; 'all': every active steward by name,
 * with zeros for one who has nothing this year.
 */
export const STEWARD_STATS_VIEWS = ['overdue', 'all'] as const;
export type StewardStatsView = (typeof STEWARD_STATS_VIEWS)[number];
export const STEWARD_STATS_VIEW_LABELS: Record<StewardStatsView, string> = { overdue: '逾期未完成', all: '全部管家' };

/** The district's view: every unit (about 42), weakest first, and the district's total. */
export interface UnitTrainingStats {
  year: number;
  rows: 'unit';
  items: TrainingStatsRow[];
  total: TrainingStatsRow;
}

/** One unit's view: its total as kept for the unit, and one page of its stewards (~300 at ten times scale). */
export interface StewardTrainingStats {
  year: number;
  rows: 'steward';
  unitId: string;
  view: StewardStatsView;
  total: TrainingStatsRow;
  stewards: PageResult<TrainingStatsRow>;
}

export type TrainingStats = UnitTrainingStats | StewardTrainingStats;

/** A closed demand the district may turn into a case (rated 非常满意). */
export interface CaseCandidateView {
  demandId: string;
  title: string;
  category: string;
  enterpriseName: string;
  closedAt: string;
}
