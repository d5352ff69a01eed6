/**
 * In-app messages (消息中心): every notice the platform sends lands here first, so it reaches the
 * person whether or not they granted a WeChat subscribe-message credit. Kept for a year.
 */
export const MESSAGE_RETENTION_DAYS = 365;

export interface MessageView {
  id: string;
  /** What kind of notice, e.g. 'todo:review', 'status:resolved', 'reminder:cadence', 'escalated'. */
  kind: string;
  title: string;
  body: string;
  /** The page that shows the record (a mini-program path with its query), if there is one. */
  link?: string;
  createdAt: string; // ISO 8601
  read: boolean;
}

/** The word shown beside a message, by the kind's prefix. */
export const MESSAGE_KIND_LABELS: Record<string, string> = {
  todo: '待办',
  status: '进度',
  info: '通知',
  overdue: '逾期',
  escalated: '督办',
  reminder: '提醒',
  risk: '风险',
};

export const messageKindLabel = (kind: string): string => MESSAGE_KIND_LABELS[kind.split(':')[0]] ?? '通知';
