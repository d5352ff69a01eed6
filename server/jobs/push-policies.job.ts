import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { policyRepo } from '../db/policy.repo';
import type { SubscribeMessageSender } from '../notify/notifier';
import { continuePush } from '../actions/policy-push';

/** Policies looked at per run; the run stops starting batches after 40 s of the cron function's 60. */
const POLICIES_PER_RUN = 10;
const BATCHES_PER_POLICY = 60;
const RUN_BUDGET_MS = 40_000;

/**
 * Hourly: carry on the pushes that publishing began (a policy matching thousands of enterprises
 * is pushed in batches), and start those whose first day has come. Each batch is claimed by a
 * conditional write, so two runs never send the same batch twice. Counts the batches sent.
 */
export const pushPolicies = async (db: Database, now: Date, messages: SubscribeMessageSender, deadline = Infinity): Promise<number> => {
  // Its own 40 s, or less when the timer run's shared budget (run-jobs.ts) ends sooner.
  const until = Math.min(Date.now() + RUN_BUDGET_MS, deadline);
  let batches = 0;
  for (const policy of await policyRepo.pushing(db, POLICIES_PER_RUN)) {
    let push = policy.push!;
    if (push.status === 'scheduled') {
      if (policy.validFrom > shanghaiDate(now)) continue;
      const started = { ...push, status: 'pushing' as const, startedAt: now };
      if (!(await policyRepo.start(db, policy._id, started))) continue;
      push = started;
    }
    const after = await continuePush(db, messages, { ...policy, push }, now, { maxBatches: BATCHES_PER_POLICY, until });
    batches += (after?.batches ?? push.batches) - push.batches;
  }
  return batches;
};
