import type { AuditDoc } from './audit.repo';
import type { BindingAttemptDoc } from './binding-attempt.repo';
import type { BindingCodeDoc } from './binding-code.repo';
import type { CalendarChangeDoc } from './calendar-change.repo';
import type { CalendarOverrideDoc } from './calendar-override.repo';
import type { ContactDoc } from './contact.repo';
import type { DemandDoc } from './demand.repo';
import type { DepartmentDoc } from './department.repo';
import type { EnterpriseDoc } from './enterprise.repo';
import type { EnterpriseNameDoc } from './enterprise-name.repo';
import type { HandoverTaskDoc } from './handover-task.repo';
import type { HandoverDoc } from './handover.repo';
import type { JobCursorDoc } from './job-cursor.repo';
import type { DemandTallyDoc } from './demand-tally.repo';
import type { NotificationDoc } from './notification.repo';
import type { MessageDoc } from './message.repo';
import type { PolicyDoc } from './policy.repo';
import type { PromotionDoc } from './promotion.repo';
import type { PromotionTodoDoc } from './promotion-todo.repo';
import type { ProposalDoc } from './proposal.repo';
import type { RefusalDoc } from './refusal.repo';
import type { ReminderLogDoc } from './reminder-log.repo';
import type { ReportDoc } from './report.repo';
import type { ResearchVisitDoc } from './research-visit.repo';
import type { SubscriptionDoc } from './subscription.repo';
import type { UnitDoc } from './unit.repo';
import type { UploadDoc } from './upload.repo';
import type { UserDoc } from './user.repo';
import type { FigureJobDoc } from './figure-job.repo';
import type { StewardRankingDoc } from './steward-ranking.repo';
import type { StewardRankingChunkDoc } from './steward-ranking-chunk.repo';
import type { RollupDoc } from './figure-rollup.repo';
import type { SnapshotDoc } from './figure-snapshot.repo';
import type { SimilarBandDoc } from './similar-band.repo';
import type { SimilarGroupDoc } from './similar-group.repo';
import type { CourseDoc } from './course.repo';
import type { TrainingRecordDoc } from './training-record.repo';
import type { TrainingStatsDoc } from './training-stats.repo';
import type { IntegrityReportDoc } from './integrity-report.repo';
import type { IntegrityReadDoc } from './integrity-read.repo';
import type { RectificationPlanDoc } from './rectification-plan.repo';
import type { SpotCheckDrawDoc } from './spot-check-draw.repo';
import type { SpotCheckItemDoc } from './spot-check-item.repo';
import type { OversightSettingDoc } from './oversight-setting.repo';
import type { InterviewDoc } from './interview.repo';
import type { SummaryDoc } from './summary.repo';
import type { SummaryRoundDoc } from './summary-round.repo';
import type { BulletinDoc } from './bulletin.repo';
import type { BulletinSectionDoc } from './bulletin-section.repo';
import type { BulletinStewardChunk } from './bulletin-steward-lines.repo';
import type { AssessmentSchemeDoc } from './assessment-scheme.repo';
import type { AssessmentRunDoc } from './assessment-run.repo';
import type { AssessmentResultDoc } from './assessment-result.repo';
import type { SelectionDoc } from './selection.repo';
import type { CollectionName } from './collections';

/**
 * Each collection's document type, declared beside its repository. This map ties a collection
 * name to its type; a collection declared in collections.ts without a type here (or the other
 * way round) fails the type check below.
 */
export interface DocumentTypes {
  units: UnitDoc;
  departments: DepartmentDoc;
  users: UserDoc;
  enterprises: EnterpriseDoc;
  enterprise_names: EnterpriseNameDoc;
  demands: DemandDoc;
  binding_codes: BindingCodeDoc;
  binding_attempts: BindingAttemptDoc;
  handover_tasks: HandoverTaskDoc;
  handovers: HandoverDoc;
  proposals: ProposalDoc;
  calendar_overrides: CalendarOverrideDoc;
  calendar_changes: CalendarChangeDoc;
  contacts: ContactDoc;
  reports: ReportDoc;
  research_visits: ResearchVisitDoc;
  policies: PolicyDoc;
  promotions: PromotionDoc;
  promotion_todos: PromotionTodoDoc;
  reminder_log: ReminderLogDoc;
  job_cursors: JobCursorDoc;
  demand_tallies: DemandTallyDoc;
  audit_log: AuditDoc;
  subscriptions: SubscriptionDoc;
  notifications: NotificationDoc;
  messages: MessageDoc;
  refusals: RefusalDoc;
  figure_rollups: RollupDoc;
  figure_snapshots: SnapshotDoc;
  figure_jobs: FigureJobDoc;
  steward_rankings: StewardRankingDoc;
  steward_ranking_chunks: StewardRankingChunkDoc;
  similar_bands: SimilarBandDoc;
  similar_groups: SimilarGroupDoc;
  courses: CourseDoc;
  training_records: TrainingRecordDoc;
  training_stats: TrainingStatsDoc;
  integrity_reports: IntegrityReportDoc;
  integrity_reads: IntegrityReadDoc;
  uploads: UploadDoc;
  rectification_plans: RectificationPlanDoc;
  spot_check_draws: SpotCheckDrawDoc;
  spot_check_items: SpotCheckItemDoc;
  oversight_settings: OversightSettingDoc;
  interviews: InterviewDoc;
  summaries: SummaryDoc;
  summary_rounds: SummaryRoundDoc;
  bulletins: BulletinDoc;
  bulletin_sections: BulletinSectionDoc;
  bulletin_steward_lines: BulletinStewardChunk;
  assessment_schemes: AssessmentSchemeDoc;
  assessment_runs: AssessmentRunDoc;
  assessment_results: AssessmentResultDoc;
  selection_nominations: SelectionDoc;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyCollectionTyped: Same<keyof DocumentTypes, CollectionName> = true;
void everyCollectionTyped;

// The seed data (local-cloud/seed) imports the document types from here.
export type {
  AuditDoc, BindingAttemptDoc, BindingCodeDoc, CalendarOverrideDoc, ContactDoc, DemandDoc, DepartmentDoc, EnterpriseDoc, HandoverDoc, HandoverTaskDoc, JobCursorDoc, NotificationDoc,
  PolicyDoc, PromotionDoc, PromotionTodoDoc, ProposalDoc, RefusalDoc, ReminderLogDoc, ReportDoc, ResearchVisitDoc, SubscriptionDoc, UnitDoc, UserDoc,
  CourseDoc, TrainingRecordDoc, TrainingStatsDoc, IntegrityReportDoc, IntegrityReadDoc, RectificationPlanDoc, SpotCheckItemDoc,
};
export type { AttachmentDoc, DemandEventDoc } from './demand.repo';
export type { UnitKind } from './unit.repo';
export type { ContactType } from './contact.repo';
export type { ResearchPromiseDoc } from './research-visit.repo';
