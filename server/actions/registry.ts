import type { ActionName } from '../../src/core/contracts';
import type { AnyAction } from '../runtime/define-action';
import { lazyActions, type ActionSource } from '../runtime/lazy-actions';

/*
 * The actions of the `api` function, in groups that load on the first call of one of them: a cold
 * start compiles the router and what it shares, then each call only its own group's code (issue
 * 14: every cold start pays for the code it loads). A group is found by the action's name before
 * the dot; a group may serve several such prefixes. The build puts each group in its own file.
 */

/** One group from several modules' action lists, loaded side by side. */
const joined = <P extends ReadonlyArray<Promise<readonly AnyAction[]>>>(...parts: P) =>
  Promise.all(parts).then((lists) => lists.flat() as Array<Awaited<P[number]>[number]>);

const session = async () => (await import('./session.actions')).sessionActions;
const demand = () =>
  joined(
    import('./demand.actions').then((m) => m.demandActions),
    import('./demand-export.actions').then((m) => m.demandExportActions),
    import('./demand-counts.actions').then((m) => [m.demandCounts] as const),
    import('./demand-review.actions').then((m) => m.demandReviewActions),
    import('./demand-handling.actions').then((m) => m.demandHandlingActions),
    import('./demand-rating.actions').then((m) => m.demandRatingActions),
    import('./similar-demands.actions').then((m) => m.similarDemandActions),
  );
const steward = async () => (await import('./steward-overview.actions')).stewardOverviewActions;
const subscription = async () => (await import('./subscription.actions')).subscriptionActions;
const message = async () => (await import('./message.actions')).messageActions;
const file = async () => (await import('./file.actions')).fileActions;
const org = async () => (await import('./org.actions')).orgActions;
const account = () => joined(import('./account.actions').then((m) => m.accountActions), import('./binding.actions').then((m) => m.bindingActions));
// enterprise.setPreferences and contact.update live with the cadence list.
const enterprise = () =>
  joined(
    import('./enterprise.actions').then((m) => m.enterpriseActions),
    import('./enterprise-import.actions').then((m) => [m.enterpriseImport] as const),
    import('./enterprise-export.actions').then((m) => [m.enterpriseExport] as const),
    import('./enterprise-profile.actions').then((m) => [m.enterpriseProfile] as const),
    import('./cadence.actions').then((m) => m.cadenceActions),
    import('./contact.actions').then((m) => m.contactActions),
  );
const assignment = async () => (await import('./assignment.actions')).assignmentActions;
const handover = async () => (await import('./handover.actions')).handoverActions;
const proposal = async () => (await import('./proposal.actions')).proposalActions;
const dashboard = async () => (await import('./dashboard.actions')).dashboardActions;
const audit = async () => (await import('./audit.actions')).auditActions;
const security = async () => (await import('./security.actions')).securityActions;
const calendar = async () => (await import('./calendar.actions')).calendarActions;
const report = async () => (await import('./report.actions')).reportActions;
const research = () => joined(import('./research.actions').then((m) => m.researchActions), import('./research-plan.actions').then((m) => m.researchPlanActions));
const policy = () => joined(import('./policy.actions').then((m) => m.policyActions), import('./promotion-todo.actions').then((m) => m.promotionTodoActions));
const figures = async () => (await import('./figures.actions')).figuresActions;
const chart = async () => (await import('./chart.actions')).chartActions;
const course = () =>
  joined(
    import('./course.actions').then((m) => m.courseActions),
    import('./course-assign.actions').then((m) => m.courseAssignActions),
    import('./course-case.actions').then((m) => m.courseCaseActions),
  );
const training = () => joined(import('./training.actions').then((m) => m.trainingActions), import('./training-stats.actions').then((m) => m.trainingStatsActions));
const integrity = () => joined(import('./integrity.actions').then((m) => m.integrityActions), import('./integrity-desk.actions').then((m) => m.integrityDeskActions));
const rectification = () =>
  joined(import('./rectification.actions').then((m) => m.rectificationActions), import('./rectification-steps.actions').then((m) => m.rectificationStepActions));
const spotCheck = () => joined(import('./spot-check.actions').then((m) => m.spotCheckActions), import('./spot-check-verify.actions').then((m) => m.spotCheckVerifyActions));
const interview = async () => (await import('./interview.actions')).interviewActions;
const summary = () =>
  joined(
    import('./summary.actions').then((m) => m.summaryActions),
    import('./summary-review.actions').then((m) => m.summaryReviewActions),
    import('./summary-round.actions').then((m) => m.summaryRoundActions),
    import('./summary-export.actions').then((m) => m.summaryExportActions),
  );
const bulletin = () => joined(import('./bulletin.actions').then((m) => m.bulletinActions), import('./bulletin-export.actions').then((m) => m.bulletinExportActions));
const assessment = () =>
  joined(
    import('./assessment-scheme.actions').then((m) => m.assessmentSchemeActions),
    import('./assessment.actions').then((m) => m.assessmentActions),
    import('./assessment-evidence.actions').then((m) => m.assessmentEvidenceActions),
  );
const selection = async () => (await import('./selection.actions')).selectionActions;

/** Each name prefix (the part before the dot) and the group that serves it. */
const groupOfPrefix = {
  session,
  demand,
  steward,
  subscription,
  message,
  file,
  org,
  account,
  enterpriseContact: account,
  enterprise,
  cadence: enterprise,
  contact: enterprise,
  assignment,
  liaison: assignment,
  handover,
  proposal,
  dashboard,
  audit,
  security,
  calendar,
  report,
  research,
  policy,
  figures,
  chart,
  course,
  training,
  integrity,
  rectification,
  spotCheck,
  interview,
  summary,
  bulletin,
  assessment,
  selection,
};

type Served = Awaited<ReturnType<(typeof groupOfPrefix)[keyof typeof groupOfPrefix]>>[number]['name'];
/** Compiles only while every action of the map (src/core/contracts) is served; the error names a missing one. */
const unserved: Record<Exclude<ActionName, Served>, never> = {};
void unserved;

/** Every action the `api` function serves, each group loaded on first use. The authorization matrix test walks them all. */
export const apiActions: ActionSource = lazyActions(groupOfPrefix);
