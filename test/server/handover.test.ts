import { creditCodeCheckChar } from '@/core/credit-code';
import { handoverDeadline } from '@/core/org/handover.rules';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { handOver } from './handover-flow';

describe('handover with the 3-working-day contact rule', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const contact = (enterpriseId: string, at = new Date()) => ({
    enterpriseId, type: '电话', at: at.toISOString(), who: '董事长', topics: '新管家自我介绍，了解企业近期需求', outcome: '企业知悉新管家联系方式',
  });

  it('moves two enterprises, creates 3-working-day tasks and keeps history with the enterprise', async () => {
    const before = dataOf(await t.as(DEMO.unitAdmin).call('org.stewards', { pageSize: 50 })).items;
    const result = await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001', 'ent-002'] });
    expect(result.tasks).toHaveLength(2);
    const expectedDue = handoverDeadline(new Date(result.tasks[0].createdAt)).toISOString();
    expect(result.tasks.map((x: { dueAt: string }) => x.dueAt)).toEqual([expectedDue, expectedDue]);

    const tasks = dataOf(await t.as(DEMO.otherSteward).call('handover.tasks'));
    expect(tasks.items.map((x: { enterpriseId: string }) => x.enterpriseId).sort()).toEqual(['ent-001', 'ent-002']);
    expect(tasks.items.every((x: { state: string }) => x.state === 'open')).toBe(true);

    // The enterprise sees its new steward; its demands follow it; the old steward no longer sees it.
    const me = dataOf(await t.as(DEMO.enterprise).call('session.me')).user;
    expect(me.stewardName).toBe(before.find((s: { id: string }) => s.id === 'u-steward-02').name);
    dataOf(await t.as(DEMO.otherSteward).call('demand.get', { id: 'dem-0001' }));
    expect(await t.as(DEMO.steward).call('demand.get', { id: 'dem-0001' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.steward).call('enterprise.get', { id: 'ent-001' })).toMatchObject({ ok: false });

    const after = dataOf(await t.as(DEMO.unitAdmin).call('org.stewards', { pageSize: 50 })).items;
    const count = (list: Array<{ id: string; enterprises: number }>, id: string) => list.find((s) => s.id === id)!.enterprises;
    expect(count(after, 'u-steward-01')).toBe(count(before, 'u-steward-01') - 2);
    expect(count(after, 'u-steward-02')).toBe(count(before, 'u-steward-02') + 2);
  });

  it('completes a task when the new steward records a contact after the handover', async () => {
    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001', 'ent-002'] });
    const backdated = dataOf(await t.as(DEMO.otherSteward).call('contact.record', contact('ent-001', new Date(Date.now() - 5 * 86400000))));
    expect(backdated.completedHandoverTasks).toBe(0);
    const recorded = dataOf(await t.as(DEMO.otherSteward).call('contact.record', contact('ent-001')));
    expect(recorded.completedHandoverTasks).toBe(1);
    const done = dataOf(await t.as(DEMO.otherSteward).call('handover.tasks', { state: 'done' }));
    expect(done.items.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual(['ent-001']);
    const open = dataOf(await t.as(DEMO.otherSteward).call('handover.tasks', { state: 'open' }));
    expect(open.items.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual(['ent-002']);
    // The enterprise sees the contact in its own history.
    const history = dataOf(await t.as(DEMO.enterprise).call('contact.list'));
    expect(history.items[0]).toMatchObject({ enterpriseId: 'ent-001', type: '电话', recordedByName: expect.any(String) });
  });

  it('hands over all enterprises when none are ticked, and refuses nonsense', async () => {
    const all = await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-03' });
    expect(all.tasks).toHaveLength(11);
    expect(await t.as(DEMO.unitAdmin).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-03', reason: '岗位调整' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await t.as(DEMO.unitAdmin).call('handover.create', { fromStewardId: 'u-steward-02', toStewardId: 'u-steward-02', reason: '岗位调整' })).toMatchObject({ ok: false, error: { fields: { toStewardId: expect.any(String) } } });
    expect(await t.as(DEMO.unitAdmin).call('handover.create', { fromStewardId: 'u-steward-02', toStewardId: 'u-steward-05', reason: '岗位调整' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('shows missed deadlines on the dashboards and escalates them once from the timer', async () => {
    // Demo data: a handover to steward-06 on 30 Sep 2026 whose deadline ran across National Day.
    const district = dataOf(await t.as(DEMO.district).call('dashboard.district'));
    expect(district.overdueHandoverTasks.map((x: { toStewardId: string }) => x.toStewardId)).toContain('u-steward-06');
    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-003'] });
    await t.cloud.run(() => t.cloud.database().collection('handover_tasks').where({ enterpriseId: 'ent-003' }).update({ data: { dueAt: new Date(Date.now() - 60_000) } }));
    const unit = dataOf(await t.as(DEMO.unitAdmin).call('dashboard.unit'));
    expect(unit.overdueHandoverTasks.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual(['ent-003']);
    expect(unit.overdueHandoverTasks[0].escalated).toBe(false);
    const fired = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { escalateHandoverTasks: { changed: number } } } };
    expect(fired.data.jobs.escalateHandoverTasks.changed).toBe(1);
    expect(dataOf(await t.as(DEMO.unitAdmin).call('dashboard.unit')).overdueHandoverTasks[0].escalated).toBe(true);
    const again = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { escalateHandoverTasks: { changed: number } } } };
    expect(again.data.jobs.escalateHandoverTasks.changed).toBe(0);
  });

  it('lists a unit’s oldest overdue handover tasks on its home, and counts them all', async () => {
    // All eleven of steward-01's enterprises handed over, their deadlines passed a minute apart.
    const { tasks } = await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02' });
    const base = Date.now() - 3_600_000;
    for (const [i, task] of (tasks as Array<{ id: string }>).entries()) {
      await t.cloud.run(() => t.cloud.database().collection('handover_tasks').doc(task.id).update({ data: { dueAt: new Date(base + i * 60_000) } }));
    }
    // One of them done: no longer overdue.
    await t.cloud.run(() => t.cloud.database().collection('handover_tasks').doc(tasks[0].id).update({ data: { completedAt: new Date() } }));
    const unit = dataOf(await t.as(DEMO.unitAdmin).call('dashboard.unit'));
    expect(unit.overdueHandoverTaskCount).toBe(10);
    expect(unit.overdueHandoverTasks.map((x: { id: string }) => x.id)).toEqual(tasks.slice(1, 6).map((x: { id: string }) => x.id));
  });

  it('uses the admin calendar override when computing the deadline', async () => {
    const first = await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-004'] });
    const due = first.tasks[0].dueAt.slice(0, 10);
    // Declare the current deadline day a day off: the next handover's deadline moves later.
    const dueShanghai = new Date(new Date(first.tasks[0].dueAt).getTime() + 8 * 3600000).toISOString().slice(0, 10);
    dataOf(await t.as(DEMO.district).call('calendar.set', { date: dueShanghai, working: false, note: '测试调整' }));
    const second = await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-005'] });
    expect(second.tasks[0].dueAt.slice(0, 10) > due).toBe(true);
    expect(dataOf(await t.as(DEMO.district).call('calendar.list', {})).map((d: { date: string }) => d.date)).toContain(dueShanghai);
  });
});

describe('assignment under the 10-per-steward average', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  it('lets 张江 (39 enterprises, 4 stewards) take one more and refuses the next with a clear message', async () => {
    const codes = ['91310115MA1K4ABC3', '91310115MA1K4ABD1', '91310115MA1K4ABE9'].map((c) => c + creditCodeCheckChar(c));
    const created = [];
    for (const [i, creditCode] of codes.slice(0, 2).entries()) {
      created.push(dataOf(await t.as(DEMO.district).call('enterprise.create', { name: `上海测试分配企业${i}有限公司`, creditCode, industry: '软件信息', address: '上海市浦东新区张江路1号', unitId: 'unit-z02' })));
    }
    const dash = dataOf(await t.as('unit-admin-z02').call('dashboard.unit'));
    expect(dash).toMatchObject({ assignedEnterprises: 39, unassignedEnterprises: 2, averagePerSteward: 9.75, atLimit: false });
    const stewardId = dataOf(await t.as('unit-admin-z02').call('org.stewards')).items.find((s: { enterprises: number }) => s.enterprises === 9).id;
    const ok = dataOf(await t.as('unit-admin-z02').call('assignment.assign', { enterpriseId: created[0].id, stewardId }));
    expect(ok.enterprise.stewardId).toBe(stewardId);
    const refused = await t.as('unit-admin-z02').call('assignment.assign', { enterpriseId: created[1].id, stewardId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATIO_EXCEEDED', message: expect.stringContaining('超过 10 家') } });
    expect(dataOf(await t.as('unit-admin-z02').call('dashboard.unit'))).toMatchObject({ assignedEnterprises: 40, atLimit: true });
  });

  it('flags a steward above 10 and refuses a second steward for one enterprise', async () => {
    const stewards = dataOf(await t.as(DEMO.unitAdmin).call('org.stewards', { pageSize: 50 })).items;
    expect(stewards.find((s: { id: string }) => s.id === 'u-steward-01')).toMatchObject({ enterprises: 11, overloaded: true });
    expect(await t.as(DEMO.unitAdmin).call('assignment.assign', { enterpriseId: 'ent-001', stewardId: 'u-steward-02' })).toMatchObject({ ok: false, error: { fields: { enterpriseId: '该企业已有服务管家' } } });
  });
});
