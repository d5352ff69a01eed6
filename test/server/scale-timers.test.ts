/**
 * Nothing is truncated at volume: more than 1,000 overdue demands are all supervised, a unit with
 * more than 1,000 enterprises pages its cadence list to the end, and the timers work in batches
 * that a later run continues (a run cut short by its time budget, or one that died mid-batch).
 * The volume is written as data from before the stored fields existed, so the nightly repair's
 * backfill is what makes it findable.
 */
import { cadenceStatus } from '@/core/contact/cadence';
import { currentDue, missKey } from '@/core/demand/demand.deadlines';
import { FUNCTION_SETTINGS, localValues } from '@/core/settings';
import { shanghaiDate } from '@/core/time/shanghai';
import { runScheduledJobs, type JobReport } from '../../server/jobs/run-jobs';
import type { SubscribeMessageSender } from '../../server/notify/notifier';
import { asDatabase } from '../../server/runtime/cloud-types';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

// Tuesday 1 Dec 2026, 08:30 in Shanghai: a working morning.
const MORNING = new Date('2026-12-01T00:30:00Z');
const DAY = 86_400_000;
const MANY = 1100;

// Thousands of writes per test (each supervision is a tracked write with its figures): these test
// that nothing is truncated, not how fast (npm run bench measures speed), so they get time.
jest.setTimeout(120_000);

// The jobs run here as the cron function runs them (same settings), with a chosen time budget.
Object.assign(process.env, localValues(FUNCTION_SETTINGS));

let t: TestCloud;
beforeEach(() => {
  t = openTestCloud({ now: MORNING });
});
afterEach(() => t.close());

const pad = (n: number) => String(n).padStart(5, '0');
const db = () => t.cloud.database() as any;

/** Every document of a collection matching a filter, by _id pages (assertions only). */
const readAll = async (collection: string, filter: object = {}): Promise<any[]> => {
  const out: any[] = [];
  for (let after = ''; ;) {
    const { data } = await t.cloud.run<{ data: any[] }>(() => db().collection(collection).where({ ...filter, _id: db().command.gt(after) }).orderBy('_id', 'asc').limit(1000).get());
    out.push(...data);
    if (data.length < 1000) return out;
    after = data[data.length - 1]._id;
  }
};
const count = (collection: string, filter: object) => t.cloud.run<{ total: number }>(() => db().collection(collection).where(filter).count()).then((r) => r.total);

/** Demands waiting for steward-01's review for days, as stored before dueAt existed. */
const insertOverdueDemands = async (n: number) => {
  const [template] = await t.read('demands', { stewardId: 'u-steward-01' });
  const docs = Array.from({ length: n }, (_, i) => {
    const { dueAt: _d, dueStage: _s, superviseAt: _v, missedKeys: _m, escalatedAt: _e, overdueStage: _o, ...rest } = template;
    const createdAt = new Date(MORNING.getTime() - (5 + (i % 20)) * DAY);
    return { ...rest, _id: `bulk-demand-${pad(i)}`, status: 'submitted', version: 1, title: `批量诉求 ${i}`, timeline: [template.timeline[0]], createdAt, updatedAt: createdAt, reviewDueAt: new Date(createdAt.getTime() + DAY) };
  });
  t.cloud.engine.insertMany('demands', docs);
  return docs;
};

/** 240 more stewards in unit-z01 serving 1,200 more enterprises, contacted long ago or lately. */
const growUnit = async () => {
  const [template] = await t.read('enterprises', { _id: 'ent-001' });
  const stewards = Array.from({ length: 240 }, (_, i) => ({
    _id: `bulk-steward-${pad(i)}`, openid: `bulk-steward-${pad(i)}`, role: 'steward', name: `管家${i}`, status: 'active', unitId: 'unit-z01', createdAt: new Date(MORNING.getTime() - 400 * DAY),
  }));
  const enterprises = Array.from({ length: 1200 }, (_, i) => {
    const { cadenceDueAt: _n, ...rest } = template;
    const contactDaysAgo = (i * 7 + Math.floor(i / 240) * 13) % 60;
    return {
      ...rest, _id: `bulk-ent-${pad(i)}`, name: `上海批量企业${pad(i)}有限公司`, creditCode: `BULK${pad(i)}`, stewardId: stewards[i % 240]._id, stewardName: stewards[i % 240].name,
      lastContactAt: new Date(MORNING.getTime() - contactDaysAgo * DAY), lastVisitAt: new Date(MORNING.getTime() - (contactDaysAgo + 40) * DAY), createdAt: new Date(MORNING.getTime() - 700 * DAY),
    };
  });
  t.cloud.engine.insertMany('users', stewards);
  t.cloud.engine.insertMany('enterprises', enterprises);
  return { stewards, enterprises };
};

/** A timer run as the cron function does it, with the given time budget (0: one batch per job). */
const runOnce = (trigger: string, budgetMs: number, sender: SubscribeMessageSender = t.cloud.subscribeMessage as never): Promise<JobReport> =>
  t.cloud.run(() => runScheduledJobs(asDatabase(t.cloud.database()), MORNING, trigger, sender, budgetMs));

const repair = async () => {
  const report = (await t.cloud.fireTimer('cron', 'repair', MORNING)) as { data: JobReport };
  expect(report.data.jobs.repairDerivedFields.done).toBe(true);
};

it('supervises every overdue demand, however many: more than 1,000 in one run', async () => {
  const bulk = await insertOverdueDemands(MANY);
  await repair();
  expect(await count('demands', { superviseAt: db().command.lt(MORNING) })).toBeGreaterThanOrEqual(MANY);
  const fired = (await t.cloud.fireTimer('cron', 'hourly', MORNING)) as { data: JobReport };
  expect(fired.data.jobs.superviseDemands).toMatchObject({ done: true, changed: expect.any(Number) });
  expect(fired.data.jobs.superviseDemands.changed).toBeGreaterThanOrEqual(MANY);
  expect(await count('demands', { superviseAt: db().command.lt(MORNING) })).toBe(0);
  const stored = (await readAll('demands', { stewardId: 'u-steward-01' })).filter((d) => d._id.startsWith('bulk-demand-'));
  expect(stored).toHaveLength(bulk.length);
  for (const d of stored) {
    expect(d.missedKeys).toEqual([missKey(currentDue(d)!)]);
    expect(d.timeline.filter((e: { kind: string }) => e.kind === 'overdue')).toHaveLength(1);
  }
  // The steward's counts and overdue list see all of them, the list paged to its end.
  const counts = dataOf(await t.as(DEMO.steward).call('demand.counts'));
  expect(counts.overdue).toBeGreaterThanOrEqual(MANY);
  let listed = 0;
  for (let page = 1, more = true; more; page++) {
    const p = dataOf(await t.as(DEMO.steward).call('demand.list', { overdue: true, page, pageSize: 50 }));
    listed += p.items.length;
    more = p.hasMore;
  }
  expect(listed).toBe(counts.overdue);
});

it('a run cut short by its budget leaves the rest due, and the next run continues: each demand supervised once', async () => {
  await insertOverdueDemands(MANY);
  await repair();
  const due = await count('demands', { superviseAt: db().command.lt(MORNING) });
  const first = await runOnce('hourly', 0);
  expect(first.jobs.superviseDemands).toEqual({ changed: 200, done: false, ms: expect.any(Number) });
  expect(await count('demands', { superviseAt: db().command.lt(MORNING) })).toBe(due - 200);
  let total = first.jobs.superviseDemands.changed;
  for (let run = 0; run < 10; run++) {
    const next = await runOnce('hourly', 0);
    total += next.jobs.superviseDemands.changed;
    if (next.jobs.superviseDemands.done) break;
  }
  expect(total).toBe(due);
  expect(await count('demands', { superviseAt: db().command.lt(MORNING) })).toBe(0);
  const events = (await readAll('demands', { stewardId: 'u-steward-01' })).map((d) => d.timeline.filter((e: { kind: string }) => e.kind === 'overdue' || e.kind === 'escalated').length);
  expect(Math.max(...events)).toBe(1);
});

it('pages a unit of more than 1,000 enterprises to the end, nearest due first, and lists every overdue one', async () => {
  await growUnit();
  await repair();
  const all = await readAll('enterprises', { unitId: 'unit-z01', status: 'active' });
  expect(all.length).toBeGreaterThan(1000);
  const collect = async (state?: string) => {
    const rows: any[] = [];
    for (let page = 1, more = true; more; page++) {
      const p = dataOf(await t.as(DEMO.unitAdmin).call('cadence.list', { ...(state ? { state } : {}), page, pageSize: 50 }));
      rows.push(...p.items);
      more = p.hasMore;
    }
    return rows;
  };
  const everyone = await collect();
  expect(everyone.map((r) => r.enterpriseId).sort()).toEqual(all.map((e) => e._id).sort());
  const next = everyone.map((r) => Math.min(Date.parse(r.contactDueAt), Date.parse(r.visitDueAt)));
  expect(next).toEqual([...next].sort((a, b) => a - b));
  const overdue = await collect('overdue');
  const expected = all.filter((e) => cadenceStatus({ ...e, since: e.createdAt }, new Date()).state === 'overdue').map((e) => e._id);
  expect(expected.length).toBeGreaterThan(300);
  expect(overdue.map((r) => r.enterpriseId).sort()).toEqual(expected.sort());
  expect(overdue.every((r) => r.state === 'overdue')).toBe(true);
});

describe('morning reminders in batches', () => {
  const today = shanghaiDate(MORNING);

  it('a run cut short continues from its saved place: every steward with something due gets one reminder', async () => {
    await growUnit();
    await repair();
    // One batch of 200 stewards (in id order) per run with no time left.
    const first = await runOnce('morning', 0);
    expect(first.jobs.sendVisitReminders.done).toBe(false);
    expect(first.jobs.sendVisitReminders.changed).toBeGreaterThan(100);
    const second = await runOnce('morning', 0);
    expect(second.jobs.sendVisitReminders.done).toBe(true);
    const logs = await readAll('reminder_log', { date: today, kind: 'steward' });
    const unitLogs = await count('reminder_log', { date: today, kind: 'unit' });
    expect(logs.length + unitLogs).toBe(first.jobs.sendVisitReminders.changed + second.jobs.sendVisitReminders.changed);
    const stewards = new Set((await readAll('users', { role: 'steward', status: 'active' })).map((u) => u._id));
    const due = (await readAll('enterprises', { status: 'active' })).filter((e) => stewards.has(e.stewardId) && cadenceStatus({ ...e, since: e.createdAt }, MORNING).state !== 'ok');
    expect(logs.map((l) => l.stewardId).sort()).toEqual([...new Set(due.map((e) => e.stewardId))].sort());
    expect(logs.length).toBeGreaterThan(200);
    expect(logs.every((l) => l.status === 'sent')).toBe(true);
    const notices = await readAll('notifications', { kind: 'reminder:cadence' });
    expect(new Set(notices.map((n) => n.recordId)).size).toBe(notices.length);
    expect(notices.length).toBe(logs.length);
    // A third run the same morning sends nothing.
    expect((await runOnce('morning', 40_000)).jobs.sendVisitReminders.changed).toBe(0);
  });

  it('marks a reminder sent only after it went out or failed; a claim left by a dead run is taken over, a live one is not', async () => {
    await growUnit();
    await repair();
    const _ = db().command;
    // Two stewards' reminders were claimed by earlier runs: one died 10 minutes ago, one is still sending.
    const claim = (stewardId: string, claimedAt: Date) => ({ _id: `${stewardId}:${today}`, kind: 'steward', stewardId, date: today, overdue: 1, dueSoon: 0, status: 'sending', claimedAt, createdAt: claimedAt });
    t.cloud.engine.insertMany('reminder_log', [claim('bulk-steward-00001', new Date(Date.now() - 10 * 60_000)), claim('bulk-steward-00002', new Date())]);
    const seenAtSend: string[] = [];
    const sender = {
      send: async (req: { touser: string }) => {
        const [user] = (await db().collection('users').where({ openid: req.touser }).get()).data;
        const [log] = (await db().collection('reminder_log').where({ _id: _.in([`${user._id}:${today}`, `unit:${user.unitId}:${today}`]) }).get()).data;
        seenAtSend.push(log?.status);
        if (req.touser === 'bulk-steward-00003') throw Object.assign(new Error('system busy'), { errCode: -1, errMsg: 'system busy' });
        return {};
      },
    };
    // The new stewards granted a credit each, so their reminders are sent, not only left in-app.
    const credit = (i: number) => ({ _id: `bulk-steward-${pad(i)}:tpl-visit-reminder`, openid: `bulk-steward-${pad(i)}`, userId: `bulk-steward-${pad(i)}`, templateId: 'tpl-visit-reminder', credits: 1, updatedAt: MORNING });
    t.cloud.engine.insertMany('subscriptions', Array.from({ length: 240 }, (_x, i) => credit(i)));
    const report = await runOnce('morning', 40_000, sender as never);
    expect(report.jobs.sendVisitReminders.done).toBe(true);
    expect(seenAtSend.length).toBeGreaterThan(100);
    expect(seenAtSend.every((s) => s === 'sending')).toBe(true);
    const log = async (id: string) => (await t.read('reminder_log', { _id: `${id}:${today}` }))[0];
    expect(await log('bulk-steward-00001')).toMatchObject({ status: 'sent' });
    expect(await t.read('notifications', { recordId: 'bulk-steward-00001', kind: 'reminder:cadence' })).toHaveLength(1);
    expect(await log('bulk-steward-00002')).toMatchObject({ status: 'sending' });
    expect(await t.read('notifications', { recordId: 'bulk-steward-00002', kind: 'reminder:cadence' })).toHaveLength(0);
    expect(await log('bulk-steward-00003')).toMatchObject({ status: 'sent' });
    expect(await t.read('notifications', { recordId: 'bulk-steward-00003' })).toEqual([expect.objectContaining({ status: 'failed', errMsg: 'system busy' })]);
    // Whatever WeChat said, the reminder is in the steward's message centre.
    expect(await t.read('messages', { userId: 'bulk-steward-00003', kind: 'reminder:cadence' })).toHaveLength(1);
  });
});

describe('the day’s stock snapshot', () => {
  it('is taken by the night’s run, so the morning run finds it done; without it, the morning takes it', async () => {
    const night = (await t.cloud.fireTimer('cron', 'repair', new Date('2026-11-30T18:00:00Z'))) as { data: JobReport };
    const units = await count('units', {});
    expect(night.data.jobs.takeSnapshot).toMatchObject({ changed: units, done: true });
    // The snapshot runs before the repair walk, which at ten times Pudong's size fills a run by itself.
    expect(Object.keys(night.data.jobs)).toEqual(['takeSnapshot', 'repairDerivedFields']);
    expect((await runOnce('morning', 40_000)).jobs.takeSnapshot).toMatchObject({ changed: 0, done: true });
    // The next day the night's run did not happen: the morning run takes it (the demo data fits its few seconds).
    const nextMorning = (await t.cloud.fireTimer('cron', 'morning', new Date('2026-12-02T00:30:00Z'))) as { data: JobReport };
    expect(nextMorning.data.jobs.takeSnapshot).toMatchObject({ changed: units, done: true });
  });
});
