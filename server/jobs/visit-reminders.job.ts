import { cadenceStatus, LONG_OVERDUE_DAYS, selectReminder, type ReminderItem } from '../../src/core/contact/cadence';
import { thing } from '../../src/core/notify/templates';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { isWorkingDay } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { reminderLogRepo } from '../db/reminder-log.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers, type SubscribeMessageSender } from '../notify/notifier';

/**
 * Every working morning (official calendar), each steward with something due gets one message
 * summarising it, and each unit hears of enterprises overdue by more than 30 days. The log's
 * fixed ids (steward or unit, plus date) make a second run the same morning send nothing.
 */
export const sendVisitReminders = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const today = shanghaiDate(now);
  if (!isWorkingDay(today, await calendarOverrideRepo.load(db))) return 0;
  const [stewards, enterprises, unitAdmins] = await Promise.all([
    userRepo.all(db, { role: 'steward', status: 'active' }),
    enterpriseRepo.all(db, { status: 'active' }),
    userRepo.all(db, { role: 'unit_admin', status: 'active' }),
  ]);
  const items = enterprises.map((e): ReminderItem & { stewardId: string; unitId: string } => {
    const s = cadenceStatus({ ...e, since: e.createdAt }, now);
    return { enterpriseId: e._id, enterpriseName: e.name, state: s.state, nextDueAt: s.nextDueAt, daysOverdue: s.daysOverdue, stewardId: e.stewardId, unitId: e.unitId };
  });
  let sent = 0;
  for (const steward of stewards) {
    const reminder = selectReminder(items.filter((i) => i.stewardId === steward._id));
    if (!reminder) continue;
    if (!(await reminderLogRepo.claim(db, { _id: `${steward._id}:${today}`, stewardId: steward._id, date: today, overdue: reminder.overdue, dueSoon: reminder.dueSoon, status: 'claimed', createdAt: now }))) continue;
    await notifyUsers(db, messages, [steward], {
      template: 'visitReminder', kind: 'reminder:cadence', recordId: steward._id, page: 'fieldwork/pages/cadence/index',
      title: reminder.overdue ? `${reminder.overdue} 家企业已超期未联系` : `${reminder.dueSoon} 家企业即将到联系期限`,
      body: `最近一家：${reminder.first!.enterpriseName}。超期 ${reminder.overdue} 家，即将到期 ${reminder.dueSoon} 家，请安排联系走访。`,
      data: { thing1: thing(reminder.first!.enterpriseName), number2: String(reminder.overdue), number3: String(reminder.dueSoon), thing4: thing(reminder.overdue ? '有企业已超期未联系，请尽快安排' : '有企业即将到期，请提前联系') },
    });
    sent++;
  }
  const longOverdue = items.filter((i) => i.state === 'overdue' && i.daysOverdue > LONG_OVERDUE_DAYS);
  for (const unitId of new Set(longOverdue.map((i) => i.unitId))) {
    const list = longOverdue.filter((i) => i.unitId === unitId);
    if (!(await reminderLogRepo.claim(db, { _id: `unit:${unitId}:${today}`, stewardId: '', date: today, overdue: list.length, dueSoon: 0, status: 'escalated', createdAt: now }))) continue;
    await notifyUsers(db, messages, unitAdmins.filter((u) => u.unitId === unitId), {
      template: 'visitReminder', kind: 'reminder:escalated', recordId: unitId, page: 'oversight/pages/cadence/index',
      title: `${list.length} 家企业超期 ${LONG_OVERDUE_DAYS} 天以上未联系`,
      body: `包括 ${list.slice(0, 3).map((i) => i.enterpriseName).join('、')}${list.length > 3 ? ' 等' : ''}，请督促管家尽快联系。`,
      data: { thing1: thing(list[0].enterpriseName), number2: String(list.length), number3: '0', thing4: thing(`超期${LONG_OVERDUE_DAYS}天以上未联系，请督促`) },
    });
    sent++;
  }
  return sent;
};
