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
export const notifyUsers = async (db: Database, sender: SubscribeMessageSender, recipients: UserDoc[], notice: Notice): Promise<NotificationDoc['status'][]> => {
  await leaveMessages(db, recipients, notice);
  const tplId = templateId(notice.template);
  const data = Object.fromEntries(Object.entries(notice.data).map(([k, v]) => [k, { value: v }]));
  const results: NotificationDoc['status'][] = [];
  for (const user of recipients) {
    const record: NotificationDoc = { _id: newId(), userId: user._id, openid: user.openid, templateId: tplId, kind: notice.kind, recordId: notice.recordId, data, page: notice.page, status: 'sent', createdAt: new Date() };
    try {
      if (!user.openid) record.status = 'no_openid';
      else if (!(await subscriptionRepo.spend(db, user.openid, tplId))) record.status = 'no_credit';
      else {
        try {
          await sender.send({ touser: user.openid, templateId: tplId, page: notice.page, data });
        } catch (error) {
          const { errCode, errMsg, message } = error as { errCode?: number; errMsg?: string; message?: string };
          Object.assign(record, { status: 'failed', errCode, errMsg: errMsg ?? message });
          // 43101: WeChat holds no credit after all; otherwise the unspent credit is given back.
          await subscriptionRepo.refund(db, user.openid, tplId, errCode === 43101);
        }
      }
      await notificationRepo.insert(db, record);
    } catch (error) {
      console.error('[notify] could not record a notification', error);
    }
    results.push(record.status);
  }
  return results;
};

/** The in-app copies, in one write; the message centre shows them whatever WeChat allows. */
const leaveMessages = async (db: Database, recipients: UserDoc[], notice: Notice): Promise<void> => {
  const createdAt = new Date();
  const docs = recipients.map((user) => ({
    _id: newId(), userId: user._id, kind: notice.kind, title: notice.title, body: notice.body, recordId: notice.recordId,
    ...(notice.page ? { link: `/${notice.page}` } : {}), read: false, createdAt, expiresAt: messageRepo.expiryFor(createdAt),
  }));
  try {
    await messageRepo.insertMany(db, docs);
  } catch (error) {
    console.error('[notify] could not leave in-app messages', error);
  }
};
