import { AUTO_CLOSE_WORKING_DAYS } from '../../src/core/demand/demand.deadlines';
import type { Database } from '../runtime/cloud-types';
import type { DemandDoc } from '../db/documents';

/**
 * A resolved demand the enterprise has not rated within the stated working days is closed and
 * recorded as closed without a rating: it never counts as satisfied.
 */
export const autoCloseDemands = async (db: Database, now: Date): Promise<number> => {
  const _ = db.command;
  const { data } = await db.collection<DemandDoc>('demands').where({ status: 'resolved', autoCloseAt: _.lt(now) }).limit(1000).get();
  let closed = 0;
  for (const d of data) {
    const { stats } = await db
      .collection('demands')
      .where({ _id: d._id, version: d.version, status: 'resolved' })
      .update({
        data: {
          status: 'closed', closedAt: now, closeReason: 'auto', version: _.inc(1), updatedAt: now,
          timeline: _.push([{ at: now, actorId: 'system', actorName: '系统', actorRole: 'district_admin', kind: 'auto_closed', text: `企业在 ${AUTO_CLOSE_WORKING_DAYS} 个工作日内未评价，系统自动关闭（不计为满意）` }]),
        },
      });
    closed += stats.updated;
  }
  return closed;
};
