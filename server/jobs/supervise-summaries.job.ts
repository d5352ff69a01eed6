import { thing } from '../../src/core/notify/templates';
import { summaryId } from '../../src/core/summary/summary.machine';
import { dueNoticeStage, SUMMARY_NOTICE_STAGES, type SummaryNoticeStage } from '../../src/core/summary/summary.deadline';
import type { SummaryStatus } from '../../src/core/summary/summary.model';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { summaryRepo } from '../db/summary.repo';
import { summaryRoundRepo, type SummaryRoundDoc } from '../db/summary-round.repo';
import { unitRepo, type UnitDoc } from '../db/unit.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';
import { LIST_PAGE, WRITE_PAGE } from '../summary/summary-notices';

/**
 * Reminders before the district's summary deadline (7 days and 1 day ahead) and a notice when it
 * has passed, to everyone whose summary is not in: stewards for their personal one, unit admins
 * for the unit's (and, when overdue, how many of their stewards are late), the district for the
 * units. Each unit's notice of each stage is claimed on the round before it is sent, so it goes
 * once however often the timer fires, and a run cut short resumes with the units left.
 */
const IN: readonly SummaryStatus[] = ['submitted', 'accepted'];
const isIn = (status?: SummaryStatus) => !!status && IN.includes(status);
/** Rounds whose deadline passed more than this many days ago are done. */
const ACTIVE_DAYS = 31;

type Send = (recipients: UserDoc[], kind: string, page: string, title: string, body: string) => Promise<unknown>;

const sender = (db: Database, messages: SubscribeMessageSender, round: SummaryRoundDoc): Send => (recipients, kind, page, title, body) =>
  recipients.length
    ? notifyUsers(db, messages, recipients, {
        template: 'todo', kind, recordId: `summary-round-${round.year}`, page, title, body,
        data: { thing1: thing(title), thing2: thing(`${round.year}年度总结`), time3: wxTime(endOfShanghaiDay(round.deadline)), thing4: thing('请在小程序内撰写提交') },
      })
    : Promise.resolve();

const remindUnit = async (db: Database, round: SummaryRoundDoc, stage: SummaryNoticeStage, unit: UnitDoc, send: Send): Promise<void> => {
  const [stewards, summaries, own, admins] = await Promise.all([
    userRepo.all(db, { role: 'steward', unitId: unit._id, status: 'active' }),
    summaryRepo.ofUnit(db, round.year, 'steward', unit._id),
    summaryRepo.get(db, summaryId(round.year, 'unit', unit._id)),
    userRepo.findActive(db, { role: 'unit_admin', unitId: unit._id }),
  ]);
  const status = new Map(summaries.map((s) => [s.subjectId, s.status]));
  const late = stewards.filter((s) => !isIn(status.get(s._id)));
  const { title } = SUMMARY_NOTICE_STAGES.find((s) => s.stage === stage)!;
  const overdue = stage === 'overdue';
  const kind = overdue ? 'overdue:summary' : 'reminder:summary';
  const when = overdue ? `已于 ${round.deadline} 截止` : `将于 ${round.deadline} 截止`;
  await send(late, kind, `${WRITE_PAGE}?year=${round.year}`, title, `${round.year}年度个人工作总结${when}，您的总结尚未提交，请尽快撰写并提交单位审核。`);
  const parts = [
    ...(isIn(own?.status) ? [] : [`本单位${round.year}年度工作总结尚未提交区科经委`]),
    ...(overdue && late.length ? [`${late.length} 名管家的个人总结逾期未提交`] : []),
  ];
  if (parts.length) await send(admins, kind, `${LIST_PAGE}?year=${round.year}`, title, `${round.year}年度总结${when}：${parts.join('；')}。`);
};

const tellDistrict = async (db: Database, round: SummaryRoundDoc, units: UnitDoc[], send: Send): Promise<void> => {
  const inUnits = new Set((await summaryRepo.unitSummaries(db, round.year)).filter((s) => isIn(s.status)).map((s) => s.subjectId));
  const late = units.filter((u) => !inUnits.has(u._id));
  if (late.length) await send(await userRepo.findActive(db, { role: 'district_admin' }), 'overdue:summary', `${LIST_PAGE}?year=${round.year}`, '单位年度总结逾期未提交', `${round.year}年度总结已于 ${round.deadline} 截止，${late.length} 个单位尚未提交单位总结：${late.slice(0, 10).map((u) => u.name).join('、')}${late.length > 10 ? ' 等' : ''}。`);
};

export const superviseSummaries = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const rounds = await summaryRoundRepo.active(db, addCalendarDays(shanghaiDate(now), -ACTIVE_DAYS));
  let claimed = 0;
  for (const round of rounds) {
    const stage = dueNoticeStage(round.deadline, now);
    if (!stage) continue;
    const send = sender(db, messages, round);
    const units = await unitRepo.all(db);
    for (const unit of units) {
      const mark = `${stage}|${unit._id}`;
      if (round.sent.includes(mark) || !(await summaryRoundRepo.claim(db, round.year, mark))) continue;
      claimed++;
      await remindUnit(db, round, stage, unit, send);
    }
    if (stage === 'overdue' && !round.sent.includes('overdue|district') && (await summaryRoundRepo.claim(db, round.year, 'overdue|district'))) {
      claimed++;
      await tellDistrict(db, round, units, send);
    }
  }
  return claimed;
};
