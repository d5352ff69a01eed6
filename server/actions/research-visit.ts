import { notFound } from '../../src/core/errors';
import { nextResearchReminderAt } from '../../src/core/fieldwork/research-reminders';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { ActionContext } from '../runtime/action-context';
import type { Database } from '../runtime/cloud-types';
import { assertAccess } from '../runtime/access';
import { followCurrentSteward } from '../db/enterprise-records';
import { researchVisitRepo, type ResearchVisitDoc } from '../db/research-visit.repo';
import { insertTracked } from '../db/tracked-writes';

/** A visit (or plan) the caller may act on: it follows the enterprise's current steward. */
export const visitInScope = async (ctx: ActionContext, visitId: string): Promise<ResearchVisitDoc> => {
  const visit = await researchVisitRepo.get(ctx.db, visitId);
  if (!visit) throw notFound('调研记录不存在');
  // The visit follows the enterprise's current steward, who follows up even on visits before a handover.
  assertAccess(ctx.user, 'research_visit', visit, '这条调研记录不在您的服务范围内');
  return visit;
};

/**
 * When the morning timer should next look at the visit, after a write changed what it owes (a
 * promise closed, the follow-up done, a plan recorded). A new document leaves the field out when
 * there is nothing to remind of; an update removes it.
 */
export const reminderPatch = (db: Database, visit: ResearchVisitDoc, overrides: CalendarOverrides, { insert = false } = {}) => {
  const next = nextResearchReminderAt(visit, overrides);
  if (next) return { nextReminderAt: next };
  return insert ? {} : { nextReminderAt: db.command.remove() };
};

/** A new visit or plan, with when the timer should first look at it, following the enterprise's steward. */
export const insertVisit = async (db: Database, base: ResearchVisitDoc, overrides: CalendarOverrides): Promise<ResearchVisitDoc> => {
  const doc = { ...base, ...reminderPatch(db, base, overrides, { insert: true }) } as ResearchVisitDoc;
  const [stored] = await insertTracked(db, 'research_visits', [doc], doc.createdAt);
  await followCurrentSteward(db, stored);
  return stored;
};
