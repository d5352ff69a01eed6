import type { ActionName } from '../../src/core/contracts';
import { lazyActions, type ActionSource } from '../runtime/lazy-actions';

/*
 * The actions of the `api` function, in groups that load on the first call of one of them: a cold
 * start compiles the router and what it shares, then each call only its own group's code (issue
 * 14: every cold start pays for the code it loads). A group is found by the action's name before
 * the dot; a group may serve several such prefixes. The build puts each group in its own file.
 */

const session = async () => (await import('./session.actions')).sessionActions;
const demand = async () => {
  const [plain, exported, counts, review, handling, rating, similar] = await Promise.all([
    import('./demand.actions'),
    import('./demand-export.actions'),
    import('./demand-counts.actions'),
    import('./demand-review.actions'),
    import('./demand-handling.actions'),
    import('./demand-rating.actions'),
    import('./similar-demands.actions'),
  ]);
  return [
    ...plain.demandActions,
    ...exported.demandExportActions,
    counts.demandCounts,
    ...review.demandReviewActions,
    ...handling.demandHandlingActions,
    ...rating.demandRatingActions,
    ...similar.similarDemandActions,
  ];
};
const steward = async () => (await import('./steward-overview.actions')).stewardOverviewActions;
const subscription = async () => (await import('./subscription.actions')).subscriptionActions;
const message = async () => (await import('./message.actions')).messageActions;
const file = async () => (await import('./file.actions')).fileActions;
const org = async () => (await import('./org.actions')).orgActions;
const account = async () => {
  const [accounts, binding] = await Promise.all([import('./account.actions'), import('./binding.actions')]);
  return [...accounts.accountActions, ...binding.bindingActions];
};
// enterprise.setPreferences and contact.update live with the cadence list.
const enterprise = async () => {
  const [plain, imported, exported, profile, cadence, contact] = await Promise.all([
    import('./enterprise.actions'),
    import('./enterprise-import.actions'),
    import('./enterprise-export.actions'),
    import('./enterprise-profile.actions'),
    import('./cadence.actions'),
    import('./contact.actions'),
  ]);
  return [...plain.enterpriseActions, imported.enterpriseImport, exported.enterpriseExport, profile.enterpriseProfile, ...cadence.cadenceActions, ...contact.contactActions];
};
const assignment = async () => (await import('./assignment.actions')).assignmentActions;
const handover = async () => (await import('./handover.actions')).handoverActions;
const proposal = async () => (await import('./proposal.actions')).proposalActions;
const dashboard = async () => (await import('./dashboard.actions')).dashboardActions;
const audit = async () => (await import('./audit.actions')).auditActions;
const security = async () => (await import('./security.actions')).securityActions;
const calendar = async () => (await import('./calendar.actions')).calendarActions;
const report = async () => (await import('./report.actions')).reportActions;
const research = async () => {
  const [visits, plans] = await Promise.all([import('./research.actions'), import('./research-plan.actions')]);
  return [...visits.researchActions, ...plans.researchPlanActions];
};
const policy = async () => {
  const [policies, todos] = await Promise.all([import('./policy.actions'), import('./promotion-todo.actions')]);
  return [...policies.policyActions, ...todos.promotionTodoActions];
};
const figures = async () => (await import('./figures.actions')).figuresActions;
const chart = async () => (await import('./chart.actions')).chartActions;
const course = async () => {
  const [courses, assign, cases] = await Promise.all([import('./course.actions'), import('./course-assign.actions'), import('./course-case.actions')]);
  return [...courses.courseActions, ...assign.courseAssignActions, ...cases.courseCaseActions];
};
const training = async () => {
  const [records, stats] = await Promise.all([import('./training.actions'), import('./training-stats.actions')]);
  return [...records.trainingActions, ...stats.trainingStatsActions];
};
const integrity = async () => {
  const [own, desk] = await Promise.all([import('./integrity.actions'), import('./integrity-desk.actions')]);
  return [...own.integrityActions, ...desk.integrityDeskActions];
};
const rectification = async () => {
  const [plans, steps] = await Promise.all([import('./rectification.actions'), import('./rectification-steps.actions')]);
  return [...plans.rectificationActions, ...steps.rectificationStepActions];
};
const spotCheck = async () => {
  const [checks, verify] = await Promise.all([import('./spot-check.actions'), import('./spot-check-verify.actions')]);
  return [...checks.spotCheckActions, ...verify.spotCheckVerifyActions];
};
const interview = async () => (await import('./interview.actions')).interviewActions;
const summary = async () => {
  const [own, review, round, exported] = await Promise.all([
    import('./summary.actions'),
    import('./summary-review.actions'),
    import('./summary-round.actions'),
    import('./summary-export.actions'),
  ]);
  return [...own.summaryActions, ...review.summaryReviewActions, ...round.summaryRoundActions, ...exported.summaryExportActions];
};
const bulletin = async () => {
  const [bulletins, exported] = await Promise.all([import('./bulletin.actions'), import('./bulletin-export.actions')]);
  return [...bulletins.bulletinActions, ...exported.bulletinExportActions];
};
const assessment = async () => {
  const [scheme, results, evidence] = await Promise.all([import('./assessment-scheme.actions'), import('./assessment.actions'), import('./assessment-evidence.actions')]);
  return [...scheme.assessmentSchemeActions, ...results.assessmentActions, ...evidence.assessmentEvidenceActions];
};
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
