import type { TemplateKey } from '../../src/core/notify/templates';
import { inShanghai } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { templateId } from '../runtime/settings';
import { newId } from '../db/codes';
import { messageRepo } from '../db/message.repo';
import { notificationRepo, type NotificationDoc } from '../db/notification.repo';
import { subscriptionRepo } from '../db/subscription.repo';
import type { UserDoc } from '../db/user.repo';

export interface SubscribeMessageSender {
  send(req: { touser: string; templateId: string; page: string; data: Record<string, { value: string }>; miniprogramState?: string }): Promise<unknown>;
}

export const wxTime = (d: Date) => inShanghai(d).format('YYYY年M月D日 HH:mm');

export interface Notice {
  template: TemplateKey;
  kind: string;
  recordId: string;
  page: string;
  /** The subscribe message's keywords (WeChat's limits apply). */
  data: Record<string, string>;
  /** The in-app message, in full words (no keyword limits). */
  title: string;
  body: string;
}

/**
 * Every recipient gets the notice as an in-app message; those who granted a credit for its
 * template also get a WeChat subscribe message. A missing credit, an unbound account or WeChat's
 * refusal is recorded, never thrown: the step that caused the notice has already been saved and
 * must not fail because of it.
 */
export const notifyUsers = async (db: Database, sender: SubscribeMessageSender, recipients: UserDoc[], notice: Notice): Promise<NotificationDoc['status'][]> =>
  (await notifyMany(db, sender, [{ recipients, notice }]))[0];

/** Subscribe messages in flight at once: their writes share commits, and WeChat's answers overlap. */
const SENDS_AT_ONCE = 16;

/**
 * Several notices at once (a timer job's batch): the in-app messages in one write, the subscribe
 * messages a few at a time (each spends its recipient's credit), and the record of every attempt in
 * one write after them. Answers each notice's outcomes, recipient by recipient.
 */
export const notifyMany = async (db: Database, sender: SubscribeMessageSender, deliveries: Array<{ recipients: UserDoc[]; notice: Notice }>): Promise<NotificationDoc['status'][][]> => {
  await leaveMessages(db, deliveries);
  const mayHoldCredit = await creditHolders(db, deliveries);
  const records = deliveries.map(({ recipients, notice }) => {
    const tplId = templateId(notice.template);
    const data = Object.fromEntries(Object.entries(notice.data).map(([k, v]) => [k, { value: v }]));
    return recipients.map((user): [UserDoc, NotificationDoc] => [
      user,
      { _id: newId(), userId: user._id, openid: user.openid, templateId: tplId, kind: notice.kind, recordId: notice.recordId, data, page: notice.page, status: 'sent', createdAt: new Date() },
    ]);
  });
  const queue = records.flat();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [user, record] = next;
      try {
        await sendOne(db, sender, user, record, mayHoldCredit);
      } catch (error) {
        console.error('[notify] could not send a subscribe message', error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SENDS_AT_ONCE, queue.length) }, worker));
  try {
    await notificationRepo.insertMany(db, records.flat().map(([, record]) => record));
  } catch (error) {
    console.error('[notify] could not record notifications', error);
  }
  return records.map((forNotice) => forNotice.map(([, record]) => record.status));
};

/** Many recipients (a timer's batch): who holds a credit, read at once, so those without one cost no write. */
const BATCH_FROM = 4;
const creditHolders = async (db: Database, deliveries: Array<{ recipients: UserDoc[]; notice: Notice }>): Promise<(key: string) => boolean> => {
  const openids = [...new Set(deliveries.flatMap((d) => d.recipients.flatMap((u) => (u.openid ? [u.openid] : []))))];
  if (openids.length < BATCH_FROM) return () => true;
  const holders = await subscriptionRepo.holders(db, openids, [...new Set(deliveries.map((d) => templateId(d.notice.template)))]);
  return (key) => holders.has(key);
};

/** One subscribe message, if the user can receive it; the outcome goes into the record. */
const sendOne = async (db: Database, sender: SubscribeMessageSender, user: UserDoc, record: NotificationDoc, mayHoldCredit: (key: string) => boolean): Promise<void> => {
  if (!user.openid) record.status = 'no_openid';
  else if (!mayHoldCredit(`${user.openid}:${record.templateId}`) || !(await subscriptionRepo.spend(db, user.openid, record.templateId))) record.status = 'no_credit';
  else {
    try {
      await sender.send({ touser: user.openid, templateId: record.templateId, page: record.page, data: record.data });
    } catch (error) {
      const { errCode, errMsg, message } = error as { errCode?: number; errMsg?: string; message?: string };
      Object.assign(record, { status: 'failed', errCode, errMsg: errMsg ?? message });
      // 43101: WeChat holds no credit after all; otherwise the unspent credit is given back.
      await subscriptionRepo.refund(db, user.openid, record.templateId, errCode === 43101);
    }
  }
};

/** The in-app copies, in one write; the message centre shows them whatever WeChat allows. */
const leaveMessages = async (db: Database, deliveries: Array<{ recipients: UserDoc[]; notice: Notice }>): Promise<void> => {
  const createdAt = new Date();
  const docs = deliveries.flatMap(({ recipients, notice }) => recipients.map((user) => ({
    _id: newId(), userId: user._id, kind: notice.kind, title: notice.title, body: notice.body, recordId: notice.recordId,
    ...(notice.page ? { link: `/${notice.page}` } : {}), read: false, createdAt, expiresAt: messageRepo.expiryFor(createdAt),
  })));
  try {
    await messageRepo.insertMany(db, docs);
  } catch (error) {
    console.error('[notify] could not leave in-app messages', error);
  }
};
