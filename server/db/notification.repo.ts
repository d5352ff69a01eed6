import { repository } from './repository';

/** Every attempt to send a subscribe message, with WeChat's answer (sent or the error). */
export interface NotificationDoc {
  _id: string;
  userId: string;
  openid?: string;
  templateId: string;
  kind: string;
  recordId: string;
  data: Record<string, { value: string }>;
  page: string;
  status: 'sent' | 'no_credit' | 'failed' | 'no_openid';
  errCode?: number;
  errMsg?: string;
  createdAt: Date;
}

const notifications = repository('notifications');

export const notificationRepo = { insert: notifications.insert, insertMany: notifications.insertMany };
