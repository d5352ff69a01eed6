import { supervisionDue, type SupervisionItem } from '../../src/core/rectification/rectification.supervision';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { rectificationPlanRepo, type RectificationPlanDoc } from '../db/rectification-plan.repo';
import { wxTime, type SubscribeMessageSender } from '../notify/notifier';
import { tellAboutPlan } from '../rectification/rectification-notices';

const words = (plan: RectificationPlanDoc, item: SupervisionItem): { title: string; body: string } => {
  const measure = item.measureId ? plan.measures.find((m) => m.id === item.measureId) : undefined;
  const what = measure ? `整改措施「${measure.text}」（责任人 ${measure.owner}）` : '整改方案';
  const late = measure ? `已超过完成时限 ${measure.dueDate}` : `已超过提交期限 ${wxTime(item.dueAt)}`;
  return item.level === 'unit'
    ? { title: measure ? '整改措施已逾期' : '整改方案逾期未提交', body: `「${plan.source.title}」的${what}${late}，请尽快${measure ? '落实并报告完成' : '提交'}。` }
    : { title: measure ? '整改措施逾期，请督办' : '整改方案逾期未交，请督办', body: `${plan.unitName}「${plan.source.title}」的${what}${late}，已提醒单位仍未完成。` };
};

/**
 * 督办 of rectification plans, like demands: a plan not submitted by its due date and a measure
 * past its due date are told to the unit admins, and ESCALATE_AFTER_WORKING_DAYS later to the
 * district, each once. The notice keys are recorded with a write conditional on the version read
 * (a timer that fires twice, or a step taken meanwhile, sends nothing twice); plans are found by
 * the indexed `superviseAt`, a batch per run.
 */
export const superviseRectification = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const plans = await rectificationPlanRepo.dueForSupervision(db, now);
  if (!plans.length) return 0;
  const calendar = await calendarOverrideRepo.load(db);
  let changed = 0;
  for (const plan of plans) {
    const { due, nextAt } = supervisionDue(plan, now, calendar);
    const marked = await rectificationPlanRepo.updateAt(db, plan, {
      ...(due.length ? { supervised: db.command.push(due.map((i) => i.key)) } : {}),
      superviseAt: nextAt ?? db.command.remove(),
    });
    if (!marked) continue;
    changed++;
    for (const item of due) await tellAboutPlan(db, messages, plan, item.level, { kind: item.level === 'unit' ? 'overdue:rectification' : 'escalated:rectification', due: item.dueAt, ...words(plan, item) });
  }
  return changed;
};
