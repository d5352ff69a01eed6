import { INTEGRITY_STATUS_LABELS, type IntegrityStatus } from '../../src/core/integrity/integrity.model';
import { thing } from '../../src/core/notify/templates';
import type { Database } from '../runtime/cloud-types';
import type { IntegrityReportDoc } from '../db/integrity-report.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

/**
 * Who hears of a report: the district admins and the reporter, nobody else. Every notice about
 * one goes through here, so no steward, liaison or unit admin can be told by accident. Words
 * stay discreet: no content in a subscribe message, which may show on a lock screen.
 */
export const REPORTER_PAGE = 'integrity/pages/mine/index';
export const DISTRICT_PAGE = 'district/pages/integrity-detail/index';

export const tellDistrict = async (db: Database, messages: SubscribeMessageSender, r: IntegrityReportDoc, kind: string, what: string, due: Date): Promise<void> => {
  const admins = await userRepo.findActive(db, { role: 'district_admin' });
  await notifyUsers(db, messages, admins, {
    template: 'todo', kind, recordId: r._id, page: `${DISTRICT_PAGE}?id=${r._id}`,
    title: what, body: `廉洁监督反映 ${r.number}（${r.category}）：${what}，期限 ${wxTime(due)}。`,
    data: { thing1: thing(what), thing2: thing('廉洁监督'), time3: wxTime(due), thing4: thing(r.number) },
  });
};

const REPORTER_WORDS: Partial<Record<IntegrityStatus, string>> = {
  acknowledged: '区科经委已受理您反映的问题，将调查核实后答复您。',
  replied: '区科经委已答复您反映的问题，请在「廉洁监督」中查看答复。',
};

export const tellReporter = async (db: Database, messages: SubscribeMessageSender, r: IntegrityReportDoc, status: 'acknowledged' | 'replied', at: Date): Promise<void> => {
  const reporter = await userRepo.get(db, r.reporterId);
  if (!reporter || reporter.status !== 'active') return;
  const phrase = status === 'replied' ? '已答复' : '已受理';
  await notifyUsers(db, messages, [reporter], {
    template: 'demandStatus', kind: `status:integrity_${status}`, recordId: r._id, page: `${REPORTER_PAGE}?id=${r._id}`,
    title: `您的反映 ${r.number} ${INTEGRITY_STATUS_LABELS[status]}`, body: REPORTER_WORDS[status]!,
    data: { thing1: thing('您反映的问题'), phrase2: phrase, time3: wxTime(at), thing4: thing('请在小程序内查看') },
  });
};
