import { SUMMARY_KIND_LABELS } from '../../src/core/summary/summary.model';
import { thing } from '../../src/core/notify/templates';
import type { Database } from '../runtime/cloud-types';
import type { SummaryDoc } from '../db/summary.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

/** Mini-program paths (no leading slash) the notices open. */
export const WRITE_PAGE = 'summary/pages/write/index';
export const VIEW_PAGE = 'summary/pages/view/index';
export const LIST_PAGE = 'summary/pages/list/index';

type Summary = Pick<SummaryDoc, '_id' | 'year' | 'kind' | 'subjectId' | 'subjectName' | 'unitId'>;

/** Who writes a summary: the steward, or every active admin of the unit. */
export const writersOf = async (db: Database, s: Summary): Promise<UserDoc[]> =>
  s.kind === 'steward' ? (await userRepo.findActive(db, { _id: s.subjectId, role: 'steward' })) : userRepo.findActive(db, { role: 'unit_admin', unitId: s.unitId });

/** Who reviews it: the steward's unit admins, or the district. */
export const reviewersOf = async (db: Database, s: Summary): Promise<UserDoc[]> =>
  s.kind === 'steward' ? userRepo.findActive(db, { role: 'unit_admin', unitId: s.unitId }) : userRepo.findActive(db, { role: 'district_admin' });

const title = (s: Summary) => `${s.subjectName} ${s.year}年${s.kind === 'steward' ? '个人' : '单位'}总结`;

export const tellSubmitted = async (db: Database, messages: SubscribeMessageSender, s: Summary, at: Date) =>
  notifyUsers(db, messages, await reviewersOf(db, s), {
    template: 'todo', kind: 'todo:summary_review', recordId: s._id, page: `${VIEW_PAGE}?id=${encodeURIComponent(s._id)}`,
    title: `${title(s)}待审核`, body: `${s.subjectName}提交了${s.year}年${SUMMARY_KIND_LABELS[s.kind]}，请审核：通过或退回修改。`,
    data: { thing1: thing('年度总结待审核'), thing2: thing(s.subjectName), time3: wxTime(at), thing4: thing(`${s.year}年度总结`) },
  });

export const tellReturned = async (db: Database, messages: SubscribeMessageSender, s: Summary, reason: string, at: Date) =>
  notifyUsers(db, messages, await writersOf(db, s), {
    template: 'todo', kind: 'status:summary_returned', recordId: s._id, page: `${WRITE_PAGE}?year=${s.year}`,
    title: `${s.year}年度总结被退回修改`, body: `您的${s.year}年${SUMMARY_KIND_LABELS[s.kind]}被退回修改：${reason}`,
    data: { thing1: thing('年度总结退回修改'), thing2: thing(reason), time3: wxTime(at), thing4: thing(`${s.year}年度总结`) },
  });

export const tellAccepted = async (db: Database, messages: SubscribeMessageSender, s: Summary, at: Date) =>
  notifyUsers(db, messages, await writersOf(db, s), {
    template: 'todo', kind: 'status:summary_accepted', recordId: s._id, page: `${WRITE_PAGE}?year=${s.year}`,
    title: `${s.year}年度总结已通过`, body: `您的${s.year}年${SUMMARY_KIND_LABELS[s.kind]}已审核通过。`,
    data: { thing1: thing('年度总结审核通过'), thing2: thing(s.subjectName), time3: wxTime(at), thing4: thing(`${s.year}年度总结`) },
  });
