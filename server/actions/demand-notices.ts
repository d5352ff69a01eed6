import { STATUS_PHRASES, thing } from '../../src/core/notify/templates';
import type { DemandDoc } from '../db/demand.repo';
import { wxTime, type Notice } from '../notify/notifier';

type NoticeBody = Omit<Notice, 'recordId' | 'page'>;

/** To the enterprise: where its demand stands now. */
export const statusNotice = (d: Pick<DemandDoc, 'title'>, status: string, note: string, at: Date): NoticeBody => ({
  template: 'demandStatus',
  kind: `status:${status}`,
  title: `诉求「${d.title}」${STATUS_PHRASES[status] ?? '有更新'}`,
  body: note,
  data: { thing1: thing(d.title), phrase2: STATUS_PHRASES[status] ?? '有更新', time3: wxTime(at), thing4: thing(note) },
});

/** To the enterprise's steward: how a demand of one of its enterprises moves on. */
export const stewardNotice = (d: Pick<DemandDoc, 'title' | 'enterpriseName'>, status: string, note: string, at: Date): NoticeBody => ({
  ...statusNotice(d, status, note, at),
  title: `${d.enterpriseName}的诉求「${d.title}」${STATUS_PHRASES[status] ?? '有更新'}`,
});

/** The enterprise and its steward both follow a demand's progress. */
export const progressNotices = (d: Pick<DemandDoc, 'title' | 'enterpriseName'>, status: string, note: string, at: Date) => [
  { to: 'enterprise' as const, notice: statusNotice(d, status, note, at) },
  { to: 'steward' as const, notice: stewardNotice(d, status, note, at) },
];

/** To whoever must act next: what, for which enterprise, by when. */
export const todoNotice = (kind: string, what: string, d: Pick<DemandDoc, 'enterpriseName'>, due: Date, note: string): NoticeBody => ({
  template: 'todo',
  kind,
  title: what,
  body: `${d.enterpriseName}：${note}（期限 ${wxTime(due)}）`,
  data: { thing1: thing(what), thing2: thing(d.enterpriseName), time3: wxTime(due), thing4: thing(note) },
});
