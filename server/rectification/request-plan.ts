/**
 * requestRectificationPlan(db, messages, {
 *   unitId: string,
 *   source: { kind: 'interview' | 'assessment' | 'spot_check', id: string, title: string },
 *   dueWorkingDays: number,   // the plan is due at the end of the Nth working day after `at`
 *   at: Date,
 * }): Promise<{ id: string; created: boolean; dueAt: Date }>
 *
 * Asks a unit for a rectification plan (整改方案) and tells its unit admins. Idempotent per source
 * and unit: asking again (a retried call, a second click) answers the same plan with
 * `created: false` and tells nobody again. The caller audits its own action; the plan is then
 * drafted, submitted, reviewed and completed through the `rectification.*` actions.
 */
import type { RectificationSource } from '../../src/core/rectification/rectification.model';
import { SOURCE_KIND_LABELS } from '../../src/core/rectification/rectification.model';
import { nextSupervisionAt } from '../../src/core/rectification/rectification.supervision';
import { workingDayDeadline } from '../../src/core/time/working-days';
import { invalid, notFound } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { rectificationPlanRepo, sourceKeyOf, type RectificationPlanDoc } from '../db/rectification-plan.repo';
import { unitRepo } from '../db/unit.repo';
import { wxTime, type SubscribeMessageSender } from '../notify/notifier';
import { tellAboutPlan } from './rectification-notices';

export interface PlanRequest {
  unitId: string;
  source: RectificationSource;
  dueWorkingDays: number;
  at: Date;
}

export const requestRectificationPlan = async (db: Database, messages: SubscribeMessageSender, request: PlanRequest): Promise<{ id: string; created: boolean; dueAt: Date }> => {
  const { unitId, source, dueWorkingDays, at } = request;
  if (!Number.isInteger(dueWorkingDays) || dueWorkingDays < 1 || dueWorkingDays > 60) throw invalid('整改方案的提交期限应为 1 至 60 个工作日', { dueWorkingDays: '请填写 1 至 60 个工作日' });
  if (!source.id || !source.title.trim()) throw invalid('缺少整改的来由');
  const unit = await unitRepo.get(db, unitId);
  if (!unit) throw notFound('单位不存在');
  const calendar = await calendarOverrideRepo.load(db);
  const dueAt = workingDayDeadline(at, dueWorkingDays, calendar);
  const draft: RectificationPlanDoc = {
    _id: rectificationPlanRepo.idFor(source, unitId), unitId, unitName: unit.name, source: { kind: source.kind, id: source.id, title: source.title.trim() }, sourceKey: sourceKeyOf(source),
    status: 'drafting', version: 1, requestedAt: at, dueAt, measures: [], supervised: [],
    history: [{ at, by: 'system', byName: '区科经委', text: `因${SOURCE_KIND_LABELS[source.kind]}「${source.title.trim()}」要求提交整改方案，期限 ${wxTime(dueAt)}` }],
  };
  const superviseAt = nextSupervisionAt(draft, calendar);
  const { doc, created } = await rectificationPlanRepo.insertOnce(db, { ...draft, ...(superviseAt ? { superviseAt } : {}) });
  if (created) {
    await tellAboutPlan(db, messages, doc, 'unit', {
      kind: 'todo:rectification', title: '请提交整改方案',
      body: `区科经委根据${SOURCE_KIND_LABELS[source.kind]}「${doc.source.title}」要求${doc.unitName}在 ${wxTime(dueAt)} 前提交整改方案（整改措施、责任人和完成时限）。`,
    });
  }
  return { id: doc._id, created, dueAt: doc.dueAt };
};
