import { thing } from '../../src/core/notify/templates';
import { inShanghai } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import type { HandoverDoc } from '../db/handover.repo';
import type { HandoverTaskDoc } from '../db/handover-task.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

const monthDay = (d: Date) => inShanghai(d).format('M月D日');
const names = (list: string[]) => `${list.slice(0, 3).join('、')}${list.length > 3 ? ` 等 ${list.length} 家` : ''}`;
const TASKS_PAGE = 'steward/pages/handover-tasks/index';
const DISTRICT_PAGE = 'district/pages/handovers/index';

/** The district hears of a unit's proposal: it decides whether the steward change happens. */
export const noticeProposed = async (db: Database, messages: SubscribeMessageSender, h: HandoverDoc, unitName: string): Promise<void> => {
  const district = await userRepo.findActive(db, { role: 'district_admin' });
  await notifyUsers(db, messages, district, {
    template: 'todo', kind: 'todo:handover-confirm', recordId: h._id, page: DISTRICT_PAGE,
    title: `${unitName}申请管家交接，待确认`,
    body: `${unitName}申请将「${h.fromStewardName}」的 ${h.enterpriseIds.length} 家企业（${names(h.enterpriseNames)}）交由「${h.toStewardName}」服务。原因：${h.reason}。请确认或退回。`,
    data: { thing1: thing('管家交接待确认'), thing2: thing(unitName), time3: wxTime(h.createdAt), thing4: thing(`${h.fromStewardName}→${h.toStewardName}`) },
  });
};

/** The unit hears that the district refused its proposal, and why. */
export const noticeRejected = async (db: Database, messages: SubscribeMessageSender, h: HandoverDoc, reason: string, at: Date): Promise<void> => {
  const admins = await userRepo.findActive(db, { role: 'unit_admin', unitId: h.unitId });
  await notifyUsers(db, messages, admins, {
    template: 'todo', kind: 'status:handover-rejected', recordId: h._id, page: 'unit/pages/handover/index',
    title: '管家交接申请被退回',
    body: `「${h.fromStewardName}」→「${h.toStewardName}」的交接申请被区科经委退回：${reason}`,
    data: { thing1: thing('管家交接申请被退回'), thing2: thing(`${h.fromStewardName}→${h.toStewardName}`), time3: wxTime(at), thing4: thing(reason) },
  });
};

/**
 * A confirmed change is told to everyone it concerns: the new steward (with the deadline), the
 * former one, the unit, the district, and each enterprise's contacts (who now serves them and
 * how to reach them). Notices never undo the change: notifyUsers records failures and goes on.
 */
export const noticeConfirmed = async (db: Database, messages: SubscribeMessageSender, h: HandoverDoc, tasks: HandoverTaskDoc[], newSteward: UserDoc): Promise<void> => {
  if (tasks.length === 0) return;
  const due = tasks[0].dueAt;
  const moved = tasks.map((t) => t.enterpriseName);
  const at = tasks[0].createdAt;
  await notifyUsers(db, messages, [newSteward], {
    template: 'todo', kind: 'todo:handover', recordId: h._id, page: TASKS_PAGE,
    title: `您接任了 ${tasks.length} 家企业的服务管家`,
    body: `「${h.fromStewardName}」服务的 ${names(moved)} 交由您服务。请在 ${monthDay(due)}（3 个工作日内）前联系每家企业。`,
    data: { thing1: thing(`接任 ${tasks.length} 家企业`), thing2: thing(moved[0]), time3: wxTime(due), thing4: thing('请在 3 个工作日内联系企业') },
  });
  const [former, supervisors] = await Promise.all([
    userRepo.findActive(db, { _id: h.fromStewardId }),
    Promise.all([userRepo.findActive(db, { role: 'unit_admin', unitId: h.unitId }), userRepo.findActive(db, { role: 'district_admin' })]).then((l) => l.flat()),
  ]);
  const summary = `「${h.fromStewardName}」的 ${names(moved)} 已交由「${h.toStewardName}」服务，接任管家须在 ${monthDay(due)} 前联系每家企业。`;
  await notifyUsers(db, messages, [...former, ...supervisors], {
    template: 'todo', kind: 'info:handover', recordId: h._id, page: 'pages/index/index',
    title: '管家交接已生效', body: summary,
    data: { thing1: thing('管家交接已生效'), thing2: thing(moved[0]), time3: wxTime(at), thing4: thing(`${h.fromStewardName}→${h.toStewardName}`) },
  });
  const contacts = await userRepo.contactsOf(db, tasks.map((t) => t.enterpriseId));
  const phone = newSteward.phone ? `，电话 ${newSteward.phone}` : '';
  await notifyUsers(db, messages, contacts, {
    template: 'serviceNotice', kind: 'info:steward-changed', recordId: h._id, page: 'pages/index/index',
    title: `您的服务管家已变更为${newSteward.name}`,
    body: `自 ${monthDay(at)} 起，您企业的服务管家由「${h.fromStewardName}」变更为「${newSteward.name}」${phone}。有任何诉求，可直接联系新管家或在小程序中提交。`,
    data: { thing1: thing('服务管家变更'), thing2: thing(`新管家 ${newSteward.name}`), time3: wxTime(at), thing4: thing(newSteward.phone ? `电话 ${newSteward.phone}` : '可在小程序中查看联系方式') },
  });
};
