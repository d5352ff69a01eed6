import cloud from 'wx-server-sdk';
import { asDatabase } from '../runtime/cloud-types';
import { requireFunctionSettings } from '../runtime/settings';
import { runScheduledJobs } from '../jobs/run-jobs';
import { AppError } from '../../src/core/errors';
import { fail } from '../../src/core/reply';
import { countRefusal } from '../runtime/refusals';

// The symbol makes each call use the environment it runs in; the SDK's typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
requireFunctionSettings('cron');

export interface TimerEvent {
  Type?: string;
  TriggerName?: string;
  Time?: string;
}

/**
 * Cloud function `cron`: runs on its timer trigger only. Any other caller (a mini-program
 * client, another function) is refused, so nobody can fire reminders or escalations at will.
 */
export const main = async (event: TimerEvent) => {
  const { SOURCE, OPENID } = cloud.getWXContext();
  if (SOURCE !== 'wx_trigger') {
    // Counted like any refused api call, for the district's security view.
    await countRefusal(asDatabase(cloud.database()), { openid: OPENID || undefined }, 'cron', 'FORBIDDEN', new Date());
    return fail(new AppError('FORBIDDEN', '定时任务只能由定时触发器调用').toBody());
  }
  // The trigger's own time: a run that starts late still works on the morning it was meant for.
  const at = event.Time && !Number.isNaN(Date.parse(event.Time)) ? new Date(event.Time) : new Date();
  const report = await runScheduledJobs(asDatabase(cloud.database()), at, event.TriggerName ?? 'unknown', cloud.openapi.subscribeMessage);
  return { ok: true, data: report };
};
