import type { TemplateKey } from '../../src/core/notify/templates';
import { inShanghai } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { templateId } from '../runtime/settings';
import { newId } from '../db/codes';
import type { NotificationDoc, SubscriptionDoc, UserDoc } from '../db/documents';

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
  const _ = db.command;
  const tplId = templateId(notice.template);
  const data = Object.fromEntries(Object.entries(notice.data).map(([k, v]) => [k, { value: v }]));
  const results: NotificationDoc['status'][] = [];
  for (const user of recipients) {
    const record: NotificationDoc = { _id: newId(), userId: user._id, openid: user.openid, templateId: tplId, kind: notice.kind, recordId: notice.recordId, data, page: notice.page, status: 'sent', createdAt: new Date() };
    try {
      const credits = db.collection<SubscriptionDoc>('subscriptions');
      if (!user.openid) record.status = 'no_openid';
      else if ((await credits.where({ openid: user.openid, templateId: tplId, credits: _.gt(0) }).update({ data: { credits: _.inc(-1) } })).stats.updated === 0) record.status = 'no_credit';
      else {
        try {
          await sender.send({ touser: user.openid, templateId: tplId, page: notice.page, data });
        } catch (error) {
          const { errCode, errMsg, message } = error as { errCode?: number; errMsg?: string; message?: string };
          Object.assign(record, { status: 'failed', errCode, errMsg: errMsg ?? message });
          // 43101: WeChat holds no credit after all; otherwise the unspent credit is given back.
          await credits.where({ openid: user.openid, templateId: tplId }).update({ data: { credits: errCode === 43101 ? 0 : _.inc(1) } });
        }
      }
      await db.collection('notifications').add({ data: record });
    } catch (error) {
      console.error('[notify] could not record a notification', error);
    }
    results.push(record.status);
  }
  return results;
};
