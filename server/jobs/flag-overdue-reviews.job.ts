import type { Database } from '../runtime/cloud-types';

/** Mark submitted demands whose 1-working-day review deadline has passed (督办 starts here). */
export const flagOverdueReviews = async (db: Database, now: Date): Promise<number> => {
  const _ = db.command;
  const { stats } = await db
    .collection('demands')
    .where({ status: 'submitted', reviewOverdue: _.neq(true), reviewDueAt: _.lt(now) })
    .update({ data: { reviewOverdue: true } });
  return stats.updated;
};
