import { dueSoonUntil, LONG_OVERDUE_DAYS, longOverdueBefore, selectReminder, stateOf } from '../../src/core/contact/cadence';
import { thing } from '../../src/core/notify/templates';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { isWorkingDay } from '../../src/core/time/working-days';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import { jobCursorRepo } from '../db/job-cursor.repo';
import { fetchAll } from '../db/paging';
import { reminderLogRepo, type ReminderLogDoc } from '../db/reminder-log.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { notifyMany, type Notice } from '../notify/notifier';
import type { JobResult, JobRun } from './job-run';

/** Stewards per batch: their due enterprises are one read (a few per steward), their messages one batch. */
const STEWARDS_PER_BATCH = 200;

type Due = Pick<EnterpriseDoc, '_id' | 'name' | 'stewardId' | 'unitId' | 'cadenceDueAt'>;

/**
 * Every working morning (official calendar), each steward with something due gets one message
 * summarising it, and each unit hears of enterprises overdue by more than 30 days. The active
 * stewards come in batches in id order ([role, status, _id]), each batch's enterprises due within
 * the week in one read ([stewardId, status, cadenceDueAt]); the place is saved after each batch, so a
 * run cut short is continued by the next. The log's fixed ids (steward or unit, plus date) make a second run the
 * same morning send nothing, and a reminder is marked sent only after it went out.
 */
export const sendVisitReminders = async (run: JobRun): Promise<JobResult> => {
  const { db, now } = run;
  const today = shanghaiDate(now);
  if (!isWorkingDay(today, await calendarOverrideRepo.load(db))) return { changed: 0, done: true };
  const cursorId = `visitReminders:${today}`;
  const cursor = (await jobCursorRepo.read(db, cursorId)) ?? { stage: 'stewards', after: '' };
  let changed = 0;
  for (let after = cursor.after; cursor.stage === 'stewards'; ) {
    const stewards = await userRepo.activeStewardsAfter(db, after, STEWARDS_PER_BATCH);
    if (stewards.length) changed += await remindStewards(run, stewards, today);
    after = stewards.at(-1)?._id ?? after;
    const last = stewards.length < STEWARDS_PER_BATCH;
    await jobCursorRepo.save(db, cursorId, last ? 'units' : 'stewards', after, new Date());
    if (last) break;
    if (run.timeUp()) return { changed, done: false };
  }
  if (cursor.stage !== 'done') {
    changed += await remindUnits(run, today);
    await jobCursorRepo.save(db, cursorId, 'done', '', new Date());
  }
  return { changed, done: true };
};

const remindStewards = async (run: JobRun, stewards: UserDoc[], today: string): Promise<number> => {
  const { db, now } = run;
  const _ = db.command;
  const filter = { stewardId: _.in(stewards.map((s) => s._id)), status: 'active', cadenceDueAt: _.lte(dueSoonUntil(now)) };
  const due = await fetchAll<Due>(db, enterpriseRepo.of(db), filter, { name: true, stewardId: true, unitId: true, cadenceDueAt: true });
  const planned = stewards.flatMap((steward) => {
    const items = due.filter((e) => e.stewardId === steward._id).map((e) => ({ enterpriseId: e._id, enterpriseName: e.name, nextDueAt: e.cadenceDueAt!, state: stateOf(e.cadenceDueAt!, now), daysOverdue: 0 }));
    const reminder = selectReminder(items);
    if (!reminder) return [];
    const log: ReminderLogDoc = { _id: `${steward._id}:${today}`, kind: 'steward', stewardId: steward._id, date: today, overdue: reminder.overdue, dueSoon: reminder.dueSoon, status: 'sending', claimedAt: now, createdAt: now };
    const notice: Notice = {
      template: 'visitReminder', kind: 'reminder:cadence', recordId: steward._id, page: 'fieldwork/pages/cadence/index',
      title: reminder.overdue ? `${reminder.overdue} 家企业已超期未联系` : `${reminder.dueSoon} 家企业即将到联系期限`,
      body: `最近一家：${reminder.first!.enterpriseName}。超期 ${reminder.overdue} 家，即将到期 ${reminder.dueSoon} 家，请安排联系走访。`,
      data: { thing1: thing(reminder.first!.enterpriseName), number2: String(reminder.overdue), number3: String(reminder.dueSoon), thing4: thing(reminder.overdue ? '有企业已超期未联系，请尽快安排' : '有企业即将到期，请提前联系') },
    };
    return [{ log, recipients: [steward], notice }];
  });
  return send(run, planned);
};

const remindUnits = async (run: JobRun, today: string): Promise<number> => {
  const { db, now } = run;
  const before = longOverdueBefore(now);
  const perUnit = await enterpriseRepo.dueByPerUnit(db, before);
  if (!perUnit.length) return 0;
  const admins = await fetchAll<UserDoc>(db, userRepo.of(db), { role: 'unit_admin', status: 'active' });
  const planned = [];
  for (const { unitId, n } of perUnit) {
    const worst = (await enterpriseRepo.find(db, { unitId, status: 'active', cadenceDueAt: db.command.lte(before) }).orderBy('cadenceDueAt', 'asc').limit(3).field({ name: true }).get()).data;
    const log: ReminderLogDoc = { _id: `unit:${unitId}:${today}`, kind: 'unit', stewardId: '', unitId, date: today, overdue: n, dueSoon: 0, status: 'sending', claimedAt: now, createdAt: now };
    const notice: Notice = {
      template: 'visitReminder', kind: 'reminder:escalated', recordId: unitId, page: 'oversight/pages/cadence/index',
      title: `${n} 家企业超期 ${LONG_OVERDUE_DAYS} 天以上未联系`,
      body: `包括 ${worst.map((e) => e.name).join('、')}${n > worst.length ? ' 等' : ''}，请督促管家尽快联系。`,
      data: { thing1: thing(worst[0]?.name ?? '超期企业'), number2: String(n), number3: '0', thing4: thing(`超期${LONG_OVERDUE_DAYS}天以上未联系，请督促`) },
    };
    planned.push({ log, recipients: admins.filter((u) => u.unitId === unitId), notice });
  }
  return send(run, planned);
};

/** Claim, send, then mark sent: a run that stops between the two leaves claims a later run takes over. */
const send = async ({ db, messages }: JobRun, planned: Array<{ log: ReminderLogDoc; recipients: UserDoc[]; notice: Notice }>): Promise<number> => {
  const claimed = await reminderLogRepo.claim(db, planned.map((p) => p.log), new Date());
  const mine = planned.filter((p) => claimed.has(p.log._id));
  await notifyMany(db, messages, mine);
  await reminderLogRepo.markSent(db, mine.map((p) => p.log._id), new Date());
  return mine.length;
};
