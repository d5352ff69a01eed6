import { thing } from '../../src/core/notify/templates';
import type { Database } from '../runtime/cloud-types';
import { assessmentResultRepo, resultId } from '../db/assessment-result.repo';
import type { AssessmentRunDoc } from '../db/assessment-run.repo';
import { userRepo } from '../db/user.repo';
import { requestRectificationPlan } from '../rectification/request-plan';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

/**
 * What publishing a year's results does for each unit: its admins are told in the message centre
 * (and by subscribe message where they hold a credit), and a unit the district picked is asked
 * for a rectification plan (requestRectificationPlan, which tells its admins of the plan itself).
 * Each unit is marked first, so a publication retried after a timeout does not tell it twice; the
 * plan request is idempotent per source and unit.
 */
export const UNIT_RESULT_PAGE = (year: number, unitId: string) => `/assessment/pages/unit/index?year=${year}&unitId=${unitId}`;

export const tellUnit = async (db: Database, messages: SubscribeMessageSender, run: AssessmentRunDoc, unitId: string, total: number, rectify: boolean, now: Date): Promise<void> => {
  const id = resultId(run.year, 'unit', unitId);
  const title = `${run.year} 年度服务管家考核结果`;
  // The plan first (asking again answers the same plan), so a retry after a timeout still asks for it.
  const plan = rectify ? await requestRectificationPlan(db, messages, { unitId, source: { kind: 'assessment', id: run._id, title }, dueWorkingDays: run.rectifyDueWorkingDays ?? 10, at: now }) : null;
  const marked = await assessmentResultRepo.updateWhere(db, { _id: id, rectificationRequested: db.command.exists(false) }, { rectificationRequested: rectify, ...(plan ? { rectificationPlanId: plan.id } : {}) });
  if (marked !== 1) return;
  const admins = await userRepo.findActive(db, { role: 'unit_admin', unitId });
  const ask = rectify ? `请在 ${run.rectifyDueWorkingDays ?? 10} 个工作日内提交整改方案。` : '';
  await notifyUsers(db, messages, admins, {
    template: 'todo', kind: rectify ? 'todo:assessment_rectify' : 'todo:assessment_result', recordId: id, page: UNIT_RESULT_PAGE(run.year, unitId),
    title: `${title}已发布`, body: `本单位得分 ${total} 分。请查看本单位及各管家的得分和依据，并确认收到。${ask}`,
    data: { thing1: thing(`${title}已发布`), thing2: thing(`本单位得分 ${total} 分`), time3: wxTime(now), thing4: thing(rectify ? '请确认并提交整改方案' : '请查看并确认') },
  });
};
