import { thing } from '../../src/core/notify/templates';
import type { Database } from '../runtime/cloud-types';
import type { RectificationPlanDoc } from '../db/rectification-plan.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

/** The plan's page, for unit admins and the district alike. */
export const RECTIFICATION_PAGE = 'inspection/pages/rectification/index';

export type PlanAudience = 'unit' | 'district';

const audience = async (db: Database, plan: RectificationPlanDoc, who: PlanAudience) =>
  who === 'unit' ? userRepo.findActive(db, { role: 'unit_admin', unitId: plan.unitId }) : userRepo.findActive(db, { role: 'district_admin' });

/**
 * One notice about a plan to its unit's admins or to the district admins: an in-app message
 * always (the message centre), a subscribe message where a credit allows.
 */
export const tellAboutPlan = async (
  db: Database,
  messages: SubscribeMessageSender,
  plan: RectificationPlanDoc,
  who: PlanAudience,
  notice: { kind: string; title: string; body: string; due?: Date },
): Promise<void> => {
  const recipients = await audience(db, plan, who);
  if (!recipients.length) return;
  await notifyUsers(db, messages, recipients, {
    template: 'todo', kind: notice.kind, recordId: plan._id, page: `${RECTIFICATION_PAGE}?id=${plan._id}`,
    title: notice.title, body: notice.body,
    data: { thing1: thing(notice.title), thing2: thing(plan.source.title), time3: wxTime(notice.due ?? plan.dueAt), thing4: thing(plan.unitName) },
  });
};
