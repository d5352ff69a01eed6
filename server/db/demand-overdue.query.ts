import type { Database } from '../runtime/cloud-types';

/**
 * The query twin of `currentDue` in src/core/demand/demand.deadlines.ts: demands whose running
 * deadline lies before `now`. Keep the two in step (the overdue test checks they agree).
 */
export const overdueQuery = (db: Database, now: Date) => {
  const _ = db.command;
  const before = _.lt(now);
  return _.or([
    { status: 'submitted', reviewDueAt: before },
    { status: 'dispatched', contactDueAt: before },
    { status: 'accepted', firstContactAt: _.exists(false), contactDueAt: before },
    { status: 'accepted', firstContactAt: _.exists(true), resolveDueAt: before },
    { status: 'rerouting', rerouteDueAt: before },
    { status: 'rectifying', callbackAt: _.exists(false), callbackDueAt: before },
    { status: 'rectifying', callbackAt: _.exists(true), rectifyDueAt: before },
    { status: 'district_review', decideDueAt: before },
  ]);
};
