import type { Database } from '../runtime/cloud-types';
import { integrityReportRepo } from '../db/integrity-report.repo';
import type { SubscribeMessageSender } from '../notify/notifier';
import { tellDistrict } from '../actions/integrity-notices';

const STEPS = [
  { step: 'ack', what: '廉洁监督反映超过 1 个工作日未受理', due: 'ackDueAt' },
  { step: 'conclude', what: '廉洁监督反映超过 15 个工作日未办结', due: 'concludeDueAt' },
] as const;

/**
 * 督办 of the district's own deadlines on integrity reports: each missed deadline is reported to
 * the district admins once (recorded on the report, so a second firing changes nothing). Only
 * the district is told: the steward and the unit never learn a report exists.
 */
export const superviseIntegrity = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  let changed = 0;
  for (const { step, what, due } of STEPS) {
    for (const report of await integrityReportRepo.overdue(db, step, now)) {
      const marked = await integrityReportRepo.updateWhere(db, { _id: report._id, status: report.status, missed: db.command.nin([step]) }, { missed: db.command.push([step]) });
      if (marked !== 1) continue;
      changed++;
      await tellDistrict(db, messages, report, `overdue:integrity_${step}`, what, report[due]);
    }
  }
  return changed;
};
