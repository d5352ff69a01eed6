import { thing } from '../../src/core/notify/templates';
import type { Database } from '../runtime/cloud-types';
import { handoverTaskRepo, type HandoverTaskDoc } from '../db/handover-task.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

const BATCH = 100;

/**
 * A handover task past its 3-working-day deadline is escalated once (督办): marked, so the
 * dashboards show it, and told to its unit's 总管家 and the district, one notice per unit and
 * run. Each task is marked conditionally before it is told, so a timer that fires twice (or two
 * runs at once) tells nobody twice.
 */
export const escalateHandoverTasks = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const escalated: HandoverTaskDoc[] = [];
  for (;;) {
    const batch = await handoverTaskRepo.overdueUnescalated(db, now, BATCH);
    for (const task of batch) if (await handoverTaskRepo.markEscalated(db, task._id, now)) escalated.push(task);
    if (batch.length < BATCH) break;
  }
  if (escalated.length === 0) return 0;
  const district = await userRepo.findActive(db, { role: 'district_admin' });
  for (const unitId of new Set(escalated.map((t) => t.unitId))) {
    const late = escalated.filter((t) => t.unitId === unitId);
    const admins = await userRepo.findActive(db, { role: 'unit_admin', unitId });
    const list = late.slice(0, 3).map((t) => `${t.enterpriseName}（${t.toStewardName}）`).join('、');
    await notifyUsers(db, messages, [...admins, ...district], {
      template: 'todo', kind: 'escalated:handover', recordId: late[0].handoverId, page: 'pages/index/index',
      title: `${late.length} 项管家交接逾期未联系企业`,
      body: `接任管家未在 3 个工作日内联系：${list}${late.length > 3 ? ` 等 ${late.length} 家` : ''}。请督促管家尽快联系企业。`,
      data: { thing1: thing('管家交接逾期督办'), thing2: thing(late[0].enterpriseName), time3: wxTime(late[0].dueAt), thing4: thing(`${late.length} 家企业逾期未联系`) },
    });
  }
  return escalated.length;
};
