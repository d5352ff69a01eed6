import { bulletinMonthDue } from '../../src/core/bulletin/bulletin-schedule';
import { bulletinId, monthLabel } from '../../src/core/bulletin/bulletin.model';
import { thing } from '../../src/core/notify/templates';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { bulletinRepo, type BulletinDoc } from '../db/bulletin.repo';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { newId } from '../db/codes';
import { userRepo } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';
import { composeBulletin } from '../bulletin/compose-bulletin';
import { writeSection } from '../bulletin/section-lines';

/**
 * The monthly bulletin, generated on the first working day of the month for the month before
 * (the morning timer; the hourly one retries the same day if the morning run failed, and a timer
 * that was down that day writes it on the next working day it runs). Exactly
 * once: the month's fixed id is claimed with a conditional create before anything is read, so
 * a timer fired twice, or two runs at once, make one bulletin. A claim whose run died is taken
 * over (conditionally) once it is older than a run can last.
 */
export const BULLETIN_PAGE = 'bulletin/pages/detail/index';
const STALE_CLAIM_MS = 5 * 60_000;

const claimMonth = async (db: Database, month: string, now: Date): Promise<string | null> => {
  const id = bulletinId(month);
  const claim = newId();
  const existing = await bulletinRepo.get(db, id);
  if (!existing) {
    const doc: BulletinDoc = { _id: id, month, status: 'generating', claim, claimedAt: now, version: 0, remarks: '', updatedAt: now };
    return (await bulletinRepo.claim(db, doc)) ? claim : null;
  }
  const stale = existing.status === 'generating' && now.getTime() - new Date(existing.claimedAt).getTime() > STALE_CLAIM_MS;
  return stale && (await bulletinRepo.takeOver(db, existing, claim, now)) ? claim : null;
};

export const generateBulletin = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const month = bulletinMonthDue(shanghaiDate(now), await calendarOverrideRepo.load(db));
  if (!month) return 0;
  const claim = await claimMonth(db, month, now);
  if (!claim) return 0;
  const id = bulletinId(month);
  const { content, sections } = await composeBulletin(db, month, now);
  for (const section of sections) await writeSection(db, id, section);
  if (!(await bulletinRepo.fill(db, id, claim, content))) return 0;
  await notifyUsers(db, messages, await userRepo.findActive(db, { role: 'district_admin' }), {
    template: 'todo', kind: 'todo:bulletin', recordId: id, page: `${BULLETIN_PAGE}?id=${id}`,
    title: `${monthLabel(month)}月通报已生成，请审核发布`,
    body: `${content.title}已按平台数据生成：${content.flaggedUnits} 个单位有红色预警（其中严重 ${content.seriousUnits} 个）。请审核摘要、填写意见后发布。`,
    data: { thing1: thing(`审核${monthLabel(month)}月通报`), thing2: thing('服务管家月通报'), time3: wxTime(now), thing4: thing('请审核后发布至各单位') },
  });
  return 1;
};
