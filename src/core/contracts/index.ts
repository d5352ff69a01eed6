/**
 * The action map: every action the `api` function serves, by name, with its input schema (zod,
 * in the *.contracts.ts files) and its output type (the view models in core). The server binds
 * each declaration to its entry (`defineAction`); the app calls `callAction(name, input)` and gets
 * both types from here. Type-only: importing this module ships neither zod nor the schemas.
 */
import type { z } from 'zod';
import type { FiguresView, GroupReplyResult, RankingLine, RankingView, RepairStatusView, SimilarGroupView, TrendView } from '../figures/figures.model';
import type { ReminderCredit } from '../notify/templates';
import type { DemandCounts, DemandDetail, DemandSummary, PageResult, StepResult } from '../demand/demand.model';
import type { CadenceRow, EnterprisePreferences, EnterpriseProfile, PolicyView, PromotionTodoView, PromotionView, ReportExport, ReportView, ResearchVisitView } from '../fieldwork/fieldwork.model';
import type {
  AccountView,
  AuditEntryView,
  CalendarOverride,
  ContactView,
  DepartmentView,
  DistrictDashboard,
  EnterpriseContactView,
  EnterpriseView,
  HandoverTaskView,
  HandoverView,
  ImportResult,
  IssuedCode,
  ProposalView,
  StewardPage,
  UnitDashboard,
  UnitView,
} from '../org/org.model';
import type { StewardOverview } from '../org/steward-overview';
import type { RefusalView } from '../security/refusal.model';
import type { CalendarStatus, RecalendarProgress } from '../time/calendar-coverage';
import type { SessionUser } from '../session.model';
import type { UploadTarget } from '../files/upload.rules';
import type { fileUploadTargetInput } from './file.contracts';
import type { emptyInput } from './common.contracts';
import type { contactListInput, contactRecordInput } from './contact.contracts';
import type { demandExportInput, demandGetInput, demandListInput, demandSubmitInput } from './demand.contracts';
import type { StepName, stepInputs } from './demand-step.contracts';
import type * as fieldwork from './fieldwork.contracts';
import type * as figures from './figures.contracts';
import type { chartRenderInput } from './chart.contracts';
import type { ChartImage } from '../charts/chart-image';
import type * as org from './org.contracts';
import type { refusalListInput } from './security.contracts';
import type { subscriptionRecordInput } from './subscription.contracts';
import type { messageListInput, messageMarkReadInput } from './message.contracts';
import type { MessageView } from '../notify/message.model';
import type { CaseCandidateView, CourseDetail, CourseView, TrainingRecordView, TrainingStats } from '../training/training.model';
import type { IntegrityReadView, IntegrityReportDetail, IntegrityReportMine, IntegrityReportRow } from '../integrity/integrity.model';
import type * as training from './training.contracts';
import type * as integrity from './integrity.contracts';
import type { CheckInFlag } from '../contact/geo';
import type * as rectification from './rectification.contracts';
import type { RectificationDetail, RectificationRow } from '../rectification/rectification.model';
import type * as spotCheck from './spot-check.contracts';
import type * as interview from './interview.contracts';
import type { InterviewView } from '../interview/interview.model';
import type { SpotCheckDrawView, SpotCheckItemView, SpotCheckSettingsView } from '../spot-check/spot-check.model';
import type * as summary from './summary.contracts';
import type { SummaryDetail, SummaryListView, SummaryRoundView } from '../summary/summary.model';
import type * as bulletin from './bulletin.contracts';
import type { BulletinSummaryView, BulletinView } from '../bulletin/bulletin.model';
import type * as assessment from './assessment.contracts';
import type { EvidenceView, RunView, SchemeView, SelectionView, SubjectResultView, UnitResultView, YearView } from '../assessment/assessment.model';

interface Contract<I extends z.ZodType, O> {
  input: I;
  output: O;
}
type Empty = typeof emptyInput;

/** Every lifecycle step (`demand.dispatch`, `demand.rate`, …) answers the demand's new status and version. */
type StepActions = { [S in StepName as `demand.${S}`]: Contract<(typeof stepInputs)[S], StepResult> };

export interface ActionMap extends StepActions {
  'session.me': Contract<Empty, { user: SessionUser | null }>;
  'account.bind': Contract<typeof org.accountBindInput, { user: SessionUser | null }>;
  'subscription.record': Contract<typeof subscriptionRecordInput, { recorded: string[] }>;
  'subscription.status': Contract<Empty, ReminderCredit[]>;
  'file.uploadTarget': Contract<typeof fileUploadTargetInput, UploadTarget>;
  'message.list': Contract<typeof messageListInput, PageResult<MessageView>>;
  'message.unreadCount': Contract<Empty, { unread: number }>;
  'message.markRead': Contract<typeof messageMarkReadInput, { marked: number }>;

  'demand.submit': Contract<typeof demandSubmitInput, { id: string; created: boolean }>;
  'demand.list': Contract<typeof demandListInput, PageResult<DemandSummary>>;
  'demand.get': Contract<typeof demandGetInput, DemandDetail>;
  'demand.counts': Contract<Empty, DemandCounts>;
  'demand.export': Contract<typeof demandExportInput, ReportExport>;

  'org.units': Contract<Empty, UnitView[]>;
  'org.departments': Contract<Empty, DepartmentView[]>;
  'org.stewards': Contract<typeof org.stewardListInput, StewardPage>;
  'dashboard.unit': Contract<typeof org.unitScopeInput, UnitDashboard>;
  'dashboard.district': Contract<Empty, DistrictDashboard>;
  'steward.overview': Contract<typeof org.stewardOverviewInput, StewardOverview>;

  'account.create': Contract<typeof org.accountCreateInput, { account: AccountView; code: IssuedCode }>;
  'account.list': Contract<typeof org.accountListInput, PageResult<AccountView>>;
  'account.update': Contract<typeof org.accountUpdateInput, AccountView>;
  'account.setStatus': Contract<typeof org.accountSetStatusInput, AccountView>;
  'account.reissueCode': Contract<typeof org.accountIdInput, IssuedCode>;
  'account.revokeCode': Contract<typeof org.accountIdInput, { revoked: number }>;
  'liaison.attach': Contract<typeof org.liaisonAttachInput, AccountView>;
  'enterpriseContact.issueCode': Contract<typeof org.contactCodeIssueInput, IssuedCode>;
  'enterpriseContact.list': Contract<typeof org.contactCodeIssueInput, EnterpriseContactView[]>;
  'enterpriseContact.revoke': Contract<typeof org.enterpriseContactRevokeInput, { revoked: true }>;

  'enterprise.list': Contract<typeof org.enterpriseListInput, PageResult<EnterpriseView>>;
  'enterprise.export': Contract<typeof org.enterpriseExportInput, ReportExport>;
  'enterprise.get': Contract<typeof org.enterpriseIdInput, EnterpriseView>;
  'enterprise.profile': Contract<typeof org.enterpriseIdInput, EnterpriseProfile>;
  'enterprise.create': Contract<typeof org.enterpriseCreateInput, EnterpriseView>;
  'enterprise.update': Contract<typeof org.enterpriseUpdateInput, EnterpriseView>;
  'enterprise.remove': Contract<typeof org.enterpriseRemoveInput, EnterpriseView>;
  'enterprise.import': Contract<typeof org.enterpriseImportInput, ImportResult>;
  'enterprise.setPreferences': Contract<typeof fieldwork.preferencesInput, EnterprisePreferences>;
  'assignment.assign': Contract<typeof org.assignInput, { enterprise: EnterpriseView; stewardOverloaded: boolean }>;
  'handover.create': Contract<typeof org.handoverCreateInput, { handover: HandoverView; tasks: HandoverTaskView[] }>;
  'handover.decide': Contract<typeof org.handoverDecideInput, { handover: HandoverView; tasks: HandoverTaskView[] }>;
  'handover.list': Contract<typeof org.handoverListInput, PageResult<HandoverView>>;
  'handover.tasks': Contract<typeof org.handoverTaskListInput, PageResult<HandoverTaskView>>;
  'proposal.create': Contract<typeof org.proposalCreateInput, ProposalView>;
  'proposal.list': Contract<typeof org.proposalListInput, PageResult<ProposalView>>;
  'proposal.decide': Contract<typeof org.proposalDecideInput, ProposalView>;
  'audit.list': Contract<typeof org.auditListInput, PageResult<AuditEntryView>>;
  'security.refusals': Contract<typeof refusalListInput, PageResult<RefusalView>>;
  'calendar.list': Contract<typeof org.calendarListInput, CalendarOverride[]>;
  'calendar.set': Contract<typeof org.calendarSetInput, { date: string; working: boolean | null; recalendar: RecalendarProgress }>;
  'calendar.setYear': Contract<typeof org.calendarSetYearInput, { year: number; days: number; recalendar: RecalendarProgress }>;
  'calendar.status': Contract<Empty, CalendarStatus>;
  'calendar.overrides': Contract<typeof org.calendarOverridesInput, Record<string, boolean>>;

  'contact.record': Contract<typeof contactRecordInput, { id: string; completedHandoverTasks: number; checkIn?: { distanceMeters: number | null; flag?: CheckInFlag } }>;
  'contact.list': Contract<typeof contactListInput, PageResult<ContactView>>;
  'contact.update': Contract<typeof fieldwork.contactUpdateInput, { id: string; changed: string[] }>;
  'cadence.list': Contract<typeof fieldwork.cadenceListInput, PageResult<CadenceRow>>;
  'report.create': Contract<typeof fieldwork.reportCreateInput, ReportView>;
  'report.list': Contract<typeof fieldwork.reportListInput, PageResult<ReportView>>;
  'report.export': Contract<typeof fieldwork.reportExportInput, ReportExport>;
  'research.record': Contract<typeof fieldwork.researchRecordInput, ResearchVisitView>;
  'research.plan': Contract<typeof fieldwork.researchPlanInput, ResearchVisitView>;
  'research.cancelPlan': Contract<typeof fieldwork.researchCancelPlanInput, ResearchVisitView>;
  'research.list': Contract<typeof fieldwork.researchListInput, PageResult<ResearchVisitView>>;
  'research.closePromise': Contract<typeof fieldwork.researchClosePromiseInput, ResearchVisitView>;
  'research.followUp': Contract<typeof fieldwork.researchFollowUpInput, ResearchVisitView>;
  'policy.create': Contract<typeof fieldwork.policyCreateInput, PolicyView>;
  'policy.list': Contract<typeof fieldwork.policyListInput, PageResult<PolicyView>>;
  'policy.promote': Contract<typeof fieldwork.policyPromoteInput, PromotionView>;
  'policy.promotions': Contract<typeof fieldwork.promotionListInput, PageResult<PromotionView>>;

  'figures.get': Contract<typeof figures.figuresGetInput, FiguresView>;
  'figures.ranking': Contract<typeof figures.figuresRankingInput, RankingView>;
  'figures.trend': Contract<typeof figures.figuresTrendInput, TrendView>;
  'figures.repair': Contract<typeof figures.figuresRepairInput, RepairStatusView>;
  'figures.repairStatus': Contract<Empty, RepairStatusView | null>;
  'chart.render': Contract<typeof chartRenderInput, ChartImage>;
  'demand.similarGroups': Contract<typeof figures.similarGroupsInput, PageResult<SimilarGroupView>>;
  'demand.replyToGroup': Contract<typeof figures.similarReplyInput, GroupReplyResult>;
  'course.create': Contract<typeof training.courseCreateInput, CourseView>;
  'course.update': Contract<typeof training.courseUpdateInput, CourseView>;
  'course.publish': Contract<typeof training.courseIdInput, CourseView>;
  'course.list': Contract<typeof training.courseListInput, PageResult<CourseView>>;
  'course.get': Contract<typeof training.courseIdInput, CourseDetail>;
  'course.assign': Contract<typeof training.courseAssignInput, { assigned: number; alreadyAssigned: number }>;
  'course.caseCandidates': Contract<typeof training.caseCandidatesInput, PageResult<CaseCandidateView>>;
  'course.caseFromDemand': Contract<typeof training.caseFromDemandInput, CourseView>;
  'training.records': Contract<typeof training.trainingRecordsInput, PageResult<TrainingRecordView>>;
  'training.start': Contract<typeof training.courseIdInput, TrainingRecordView>;
  'training.progress': Contract<typeof training.trainingProgressInput, TrainingRecordView>;
  'training.signIn': Contract<typeof training.trainingSignInInput, TrainingRecordView>;
  'training.stats': Contract<typeof training.trainingStatsInput, TrainingStats>;

  'integrity.submit': Contract<typeof integrity.integritySubmitInput, { id: string; number: string; created: boolean }>;
  'integrity.mine': Contract<typeof integrity.integrityListInput, PageResult<IntegrityReportMine>>;
  'integrity.list': Contract<typeof integrity.integrityListInput, PageResult<IntegrityReportRow>>;
  'integrity.get': Contract<typeof integrity.integrityIdInput, IntegrityReportDetail>;
  'integrity.acknowledge': Contract<typeof integrity.integrityIdInput, IntegrityReportDetail>;
  'integrity.note': Contract<typeof integrity.integrityNoteInput, IntegrityReportDetail>;
  'integrity.conclude': Contract<typeof integrity.integrityConcludeInput, IntegrityReportDetail>;
  'integrity.reply': Contract<typeof integrity.integrityReplyInput, IntegrityReportDetail>;
  'integrity.reads': Contract<typeof integrity.integrityReadsInput, PageResult<IntegrityReadView>>;
  'policy.todos': Contract<typeof fieldwork.promotionTodoListInput, PageResult<PromotionTodoView>>;

  'assessment.scheme': Contract<typeof assessment.schemeGetInput, SchemeView>;
  'assessment.saveScheme': Contract<typeof assessment.schemeSaveInput, SchemeView>;
  'assessment.publishScheme': Contract<typeof assessment.schemePublishInput, SchemeView>;
  'assessment.run': Contract<typeof assessment.yearInput, RunView>;
  'assessment.year': Contract<typeof assessment.yearPageInput, YearView>;
  'assessment.unit': Contract<typeof assessment.unitResultInput, UnitResultView>;
  'assessment.subject': Contract<typeof assessment.subjectResultInput, SubjectResultView>;
  'assessment.evidence': Contract<typeof assessment.evidenceInput, EvidenceView>;
  'assessment.publish': Contract<typeof assessment.assessmentPublishInput, RunView>;
  'assessment.acknowledge': Contract<typeof assessment.yearInput, UnitResultView>;
  'selection.get': Contract<typeof assessment.selectionGetInput, SelectionView>;
  'selection.nominate': Contract<typeof assessment.selectionNominateInput, SelectionView>;
  'selection.review': Contract<typeof assessment.selectionReviewInput, SelectionView>;
  'selection.publish': Contract<typeof assessment.yearInput, SelectionView>;
  'selection.export': Contract<typeof assessment.yearInput, ReportExport>;

  'rectification.list': Contract<typeof rectification.rectificationListInput, PageResult<RectificationRow>>;
  'rectification.get': Contract<typeof rectification.rectificationIdInput, RectificationDetail>;
  'rectification.save': Contract<typeof rectification.rectificationSaveInput, RectificationDetail>;
  'rectification.submit': Contract<typeof rectification.rectificationSubmitInput, RectificationDetail>;
  'rectification.accept': Contract<typeof rectification.rectificationAcceptInput, RectificationDetail>;
  'rectification.return': Contract<typeof rectification.rectificationReturnInput, RectificationDetail>;
  'rectification.reportMeasure': Contract<typeof rectification.rectificationReportMeasureInput, RectificationDetail>;

  'spotCheck.items': Contract<typeof spotCheck.spotCheckItemsInput, PageResult<SpotCheckItemView> & { week: string | null }>;
  'spotCheck.draws': Contract<typeof spotCheck.spotCheckDrawsInput, PageResult<SpotCheckDrawView>>;
  'spotCheck.findings': Contract<typeof spotCheck.spotCheckFindingsInput, PageResult<SpotCheckItemView>>;
  'spotCheck.verify': Contract<typeof spotCheck.spotCheckVerifyInput, SpotCheckItemView>;
  'spotCheck.settings': Contract<Empty, SpotCheckSettingsView>;
  'spotCheck.configure': Contract<typeof spotCheck.spotCheckConfigureInput, SpotCheckSettingsView>;
  'interview.record': Contract<typeof interview.interviewRecordInput, InterviewView & { created: boolean }>;
  'interview.list': Contract<typeof interview.interviewListInput, PageResult<InterviewView>>;
  'summary.mine': Contract<typeof summary.summaryYearInput, SummaryDetail>;
  'summary.save': Contract<typeof summary.summaryWriteInput, SummaryDetail>;
  'summary.submit': Contract<typeof summary.summaryWriteInput, SummaryDetail>;
  'summary.get': Contract<typeof summary.summaryIdInput, SummaryDetail>;
  'summary.list': Contract<typeof summary.summaryListInput, SummaryListView>;
  'summary.return': Contract<typeof summary.summaryReturnInput, SummaryDetail>;
  'summary.accept': Contract<typeof summary.summaryAcceptInput, SummaryDetail>;
  'summary.export': Contract<typeof summary.summaryIdInput, ReportExport>;
  'summary.round': Contract<typeof summary.summaryYearInput, SummaryRoundView>;
  'summary.setDeadline': Contract<typeof summary.summarySetDeadlineInput, SummaryRoundView>;
  'bulletin.list': Contract<typeof bulletin.bulletinListInput, PageResult<BulletinSummaryView>>;
  'bulletin.get': Contract<typeof bulletin.bulletinGetInput, BulletinView>;
  'bulletin.stewards': Contract<typeof bulletin.bulletinStewardsInput, PageResult<RankingLine>>;
  'bulletin.update': Contract<typeof bulletin.bulletinUpdateInput, BulletinView>;
  'bulletin.publish': Contract<typeof bulletin.bulletinPublishInput, BulletinSummaryView>;
  'bulletin.export': Contract<typeof bulletin.bulletinExportInput, ReportExport>;
}

export type ActionName = keyof ActionMap;
/** What the app sends: the schema's input side (defaults may be left out). */
export type ActionInput<A extends ActionName> = z.input<ActionMap[A]['input']>;
/** What the handler receives: parsed, trimmed, defaults filled in. */
export type ParsedInput<A extends ActionName> = z.output<ActionMap[A]['input']>;
export type ActionOutput<A extends ActionName> = ActionMap[A]['output'];
/** The input argument, optional when every field of it is (when nothing is an input). */
export type ActionArgs<A extends ActionName> = Record<never, never> extends ActionInput<A> ? [input?: ActionInput<A>] : [input: ActionInput<A>];
