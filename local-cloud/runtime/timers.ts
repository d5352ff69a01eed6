import { CronExpressionParser } from 'cron-parser';

export interface TimerTrigger {
  functionName: string;
  name: string;
  /** CloudBase's 7-field form: second minute hour day-of-month month day-of-week year. */
  config: string;
}

/** Split CloudBase's 7-field cron into cron-parser's 6 fields plus the year field. */
export const parseCloudbaseCron = (config: string) => {
  const fields = config.trim().split(/\s+/);
  if (fields.length !== 7) throw new Error(`timer "${config}" must have 7 fields (sec min hour day month weekday year)`);
  const year = fields[6];
  const expression = fields.slice(0, 6).join(' ');
  CronExpressionParser.parse(expression, { tz: 'Asia/Shanghai' }); // throws on a malformed timer
  return { expression, year };
};

/** The next time (after `from`) a CloudBase timer fires, evaluated in Asia/Shanghai. */
export const nextFireTime = (config: string, from: Date): Date | null => {
  const { expression, year } = parseCloudbaseCron(config);
  const it = CronExpressionParser.parse(expression, { tz: 'Asia/Shanghai', currentDate: from });
  for (let i = 0; i < 1000; i++) {
    const next = it.next().toDate();
    if (year === '*' || String(next.getFullYear()) === year) return next;
  }
  return null;
};

/** Fire each trigger at its times until stopped. Timers are unref'd so they never hold the process. */
export const scheduleTimers = (triggers: TimerTrigger[], fire: (t: TimerTrigger, at: Date) => void) => {
  const handles = new Set<NodeJS.Timeout>();
  const arm = (trigger: TimerTrigger) => {
    const at = nextFireTime(trigger.config, new Date());
    if (!at) return;
    // setTimeout cannot wait longer than ~24.8 days; re-arm in steps for far-off times.
    const wait = Math.min(at.getTime() - Date.now(), 2 ** 31 - 1);
    const handle = setTimeout(() => {
      handles.delete(handle);
      if (Date.now() >= at.getTime() - 5) fire(trigger, at);
      arm(trigger);
    }, Math.max(wait, 0));
    handle.unref();
    handles.add(handle);
  };
  triggers.forEach(arm);
  return () => handles.forEach((h) => clearTimeout(h));
};
