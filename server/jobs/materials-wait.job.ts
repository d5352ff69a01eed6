import { passedMaterialsMilestones, type MaterialsMilestone } from '../../src/core/demand/demand.deadlines';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { demandEvent, SYSTEM } from '../db/demand-timeline';
import { writeDemand } from '../db/demand-writes';
import { notifyUsers, type Notice, type SubscribeMessageSender } from '../notify/notifier';
import { progressNotices, statusNotice, todoNotice } from '../actions/demand-notices';
import { recipients, type Audience } from '../actions/demand-step';

const BATCH = 100;
const MAX_BATCHES = 50;

type Told = Array<{ to: Audience; notice: Omit<Notice, 'recordId' | 'page'> }>;

/** What each milestone of the wait records on the timeline and whom it tells. */
const MILESTONE: Record<MaterialsMilestone, { kind: string; text: string; tell: (d: DemandDoc, now: Date) => Told }> = {
  remindEnterprise: {
    kind: 'materials_reminded',
    text: '已等待企业补充材料 3 个工作日，系统已提醒企业',
    tell: (d, now) => [{ to: 'enterprise', notice: { ...statusNotice(d, 'waiting_enterprise', '请尽快补充材料（已等待 3 个工作日）', now), kind: 'reminder:materials' } }],
  },
  stewardFollowUp: {
    kind: 'materials_follow_up',
    text: '企业 5 个工作日仍未补充材料，已请服务管家跟进',
    tell: (d, now) => [{ to: 'steward', notice: todoNotice('todo:materials', '企业5个工作日未补充材料，请跟进', d, now, d.title) }],
  },
  mayResolve: {
    kind: 'materials_lapsed',
    text: '企业 10 个工作日未补充材料，承办部门可按现有材料办结',
    tell: (d, now) => [
      { to: 'department', notice: todoNotice('todo:resolve', '企业逾期未补充材料，可按现有材料办结', d, now, d.title) },
      ...progressNotices(d, 'waiting_enterprise', '补充材料期限已过，承办部门可按现有材料办结', now),
    ],
  },
};

/**
 * The limit on waiting for the enterprise's materials, on the hourly timer: each passed milestone
 * is recorded once on the timeline (a conditional write on the milestone read, so a second run
 * changes nothing) and its people are told. Read in batches from the index on materialsDueAt.
 */
export const remindMaterials = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  let changed = 0;
  let calendar: CalendarOverrides | undefined;
  const seen = new Set<string>();
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await demandRepo.materialsDue(db, now, BATCH);
    // A demand left as it was (changed meanwhile) comes back in the next read: skip it this run.
    const fresh = due.filter((d) => !seen.has(d._id));
    if (fresh.length === 0) break;
    calendar ??= await calendarOverrideRepo.load(db);
    for (const d of fresh) {
      seen.add(d._id);
      if (await passMilestones(db, messages, d, now, calendar)) changed++;
    }
    if (due.length < BATCH) break;
  }
  return changed;
};

/** A re-read after the figures' own timer moved the demand (same milestone): one more try. */
const ATTEMPTS = 2;

const passMilestones = async (db: Database, messages: SubscribeMessageSender, seen: DemandDoc, now: Date, calendar: CalendarOverrides): Promise<boolean> => {
  let d: DemandDoc | null = seen;
  for (let attempt = 1; d && attempt <= ATTEMPTS; attempt++) {
    if (d.status !== 'waiting_enterprise' || !d.pausedAt || !d.materialsMilestone || !d.materialsDueAt || d.materialsMilestone !== seen.materialsMilestone) return false;
    const { passed, ahead } = passedMaterialsMilestones(new Date(d.pausedAt), d.materialsMilestone, now, calendar);
    const remove = db.command.remove();
    const patch = {
      materialsMilestone: ahead ? ahead.milestone : remove,
      materialsDueAt: ahead ? ahead.at : remove,
      ...(passed.includes('mayResolve') ? { materialsLapsedAt: now } : {}),
    };
    const events = passed.map((m) => demandEvent(SYSTEM, MILESTONE[m].kind, MILESTONE[m].text, now));
    // Not a step (no version moves); conditional on the milestone read, so a second run, or
    // materials arriving meanwhile, leave the demand as it is. Its figures are re-evaluated.
    const condition = { status: 'waiting_enterprise', materialsMilestone: d.materialsMilestone, materialsDueAt: d.materialsDueAt };
    const written = await writeDemand(db, d, { patch, events, condition }, now, calendar);
    if (written) {
      const page = `pages/demand-detail/index?id=${d._id}`;
      for (const m of passed) {
        for (const { to, notice } of MILESTONE[m].tell(written, now)) await notifyUsers(db, messages, await recipients(db, written, to), { ...notice, recordId: d._id, page });
      }
      return passed.length > 0;
    }
    d = await demandRepo.get(db, seen._id);
  }
  return false;
};
