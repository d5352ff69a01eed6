import type { ActionName } from '../../src/core/contracts';
import type { AnyAction } from '../runtime/define-action';
import { accountActions } from './account.actions';
import { assignmentActions } from './assignment.actions';
import { auditActions } from './audit.actions';
import { bindingActions } from './binding.actions';
import { cadenceActions } from './cadence.actions';
import { calendarActions } from './calendar.actions';
import { enterpriseProfile } from './enterprise-profile.actions';
import { figuresActions } from './figures.actions';
import { chartActions } from './chart.actions';
import { similarDemandActions } from './similar-demands.actions';
import { policyActions } from './policy.actions';
import { promotionTodoActions } from './promotion-todo.actions';
import { reportActions } from './report.actions';
import { researchActions } from './research.actions';
import { researchPlanActions } from './research-plan.actions';
import { securityActions } from './security.actions';
import { contactActions } from './contact.actions';
import { dashboardActions } from './dashboard.actions';
import { demandActions } from './demand.actions';
import { demandExportActions } from './demand-export.actions';
import { stewardOverviewActions } from './steward-overview.actions';
import { demandCounts } from './demand-counts.actions';
import { demandHandlingActions } from './demand-handling.actions';
import { demandRatingActions } from './demand-rating.actions';
import { demandReviewActions } from './demand-review.actions';
import { subscriptionActions } from './subscription.actions';
import { messageActions } from './message.actions';
import { fileActions } from './file.actions';
import { enterpriseImport } from './enterprise-import.actions';
import { enterpriseExport } from './enterprise-export.actions';
import { enterpriseActions } from './enterprise.actions';
import { handoverActions } from './handover.actions';
import { orgActions } from './org.actions';
import { proposalActions } from './proposal.actions';
import { sessionActions } from './session.actions';
import { courseActions } from './course.actions';
import { courseAssignActions } from './course-assign.actions';
import { courseCaseActions } from './course-case.actions';
import { trainingActions } from './training.actions';
import { trainingStatsActions } from './training-stats.actions';
import { integrityActions } from './integrity.actions';
import { integrityDeskActions } from './integrity-desk.actions';
import { rectificationActions } from './rectification.actions';
import { rectificationStepActions } from './rectification-steps.actions';
import { spotCheckActions } from './spot-check.actions';
import { spotCheckVerifyActions } from './spot-check-verify.actions';
import { interviewActions } from './interview.actions';
import { summaryActions } from './summary.actions';
import { summaryReviewActions } from './summary-review.actions';
import { summaryRoundActions } from './summary-round.actions';
import { summaryExportActions } from './summary-export.actions';
import { bulletinActions } from './bulletin.actions';
import { bulletinExportActions } from './bulletin-export.actions';
import { assessmentSchemeActions } from './assessment-scheme.actions';
import { assessmentActions } from './assessment.actions';
import { assessmentEvidenceActions } from './assessment-evidence.actions';
import { selectionActions } from './selection.actions';

const actions = [
  ...sessionActions,
  ...demandActions,
  ...demandExportActions,
  ...stewardOverviewActions,
  demandCounts,
  ...demandReviewActions,
  ...demandHandlingActions,
  ...demandRatingActions,
  ...subscriptionActions,
  ...messageActions,
  ...fileActions,
  ...orgActions,
  ...accountActions,
  ...bindingActions,
  ...enterpriseActions,
  enterpriseImport,
  enterpriseExport,
  ...assignmentActions,
  ...handoverActions,
  ...contactActions,
  ...proposalActions,
  ...dashboardActions,
  ...auditActions,
  ...securityActions,
  ...calendarActions,
  ...cadenceActions,
  enterpriseProfile,
  ...reportActions,
  ...researchActions,
  ...researchPlanActions,
  ...policyActions,
  ...figuresActions,
  ...chartActions,
  ...similarDemandActions,
  ...courseActions,
  ...courseAssignActions,
  ...courseCaseActions,
  ...trainingActions,
  ...trainingStatsActions,
  ...integrityActions,
  ...integrityDeskActions,
  ...promotionTodoActions,
  ...rectificationActions,
  ...rectificationStepActions,
  ...spotCheckActions,
  ...spotCheckVerifyActions,
  ...interviewActions,
  ...summaryActions,
  ...summaryReviewActions,
  ...summaryRoundActions,
  ...summaryExportActions,
  ...bulletinActions,
  ...bulletinExportActions,
  ...assessmentSchemeActions,
  ...assessmentActions,
  ...assessmentEvidenceActions,
  ...selectionActions,
];

/** Compiles only while every action of the map (src/core/contracts) is served; the error names a missing one. */
const unserved: Record<Exclude<ActionName, (typeof actions)[number]['name']>, never> = {};
void unserved;

/** Every action the `api` function serves. The authorization matrix test walks this list. */
export const apiActions: readonly AnyAction[] = actions;
