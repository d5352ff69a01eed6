import type { TemplateKey } from '../../src/core/notify/templates';
import { inShanghai } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { templateId } from '../runtime/settings';
import { newId } from '../db/codes';
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
  data: Record<string, string>;
}

/**
 * Send one notice to each recipient who granted a credit for its template. A missing credit,
 * an unbound account or WeChat's refusal is recorded, never thrown: the step that caused the
 * notice has already been saved and must not fail because of it.
 */
export const notifyUsers = async (db: Database, sender: SubscribeMessageSender, recipients: UserDoc[], notice: Notice): Promise<NotificationDoc['status'][]> => {
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
