import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { askForPlan, MEASURES } from './rectification-fixtures';

// Monday 2 March 2026, 10:00 in Shanghai.
const MONDAY = new Date('2026-03-02T02:00:00Z');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);

describe('rectification plans', () => {
  let t: TestCloud;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    jest.setSystemTime(MONDAY);
    t = openTestCloud({ now: MONDAY });
  });
  afterEach(() => {
    t.close();
    jest.useRealTimers();
  });

  const unit = () => t.as(DEMO.unitAdmin);
  const district = () => t.as(DEMO.district);
  const get = async (id: string) => dataOf(await unit().call('rectification.get', { id }));
  const messagesOf = async (userId: string, kind: string) => t.read('messages', { userId, kind });

  it('is requested once per source and unit, and tells the unit admins once', async () => {
    const first = await askForPlan(t, MONDAY);
    const again = await askForPlan(t, new Date(MONDAY.getTime() + 60_000));
    expect(first).toMatchObject({ created: true });
    expect(again).toEqual({ ...first, created: false });
    // Ten working days: the end of Monday 16 March.
    expect(first.dueAt.toISOString()).toBe('2026-03-16T15:59:59.999Z');
    expect(await t.read('rectification_plans')).toHaveLength(1);
    const notices = await messagesOf('u-unit-admin-z01', 'todo:rectification');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ title: '请提交整改方案', link: `/inspection/pages/rectification/index?id=${first.id}` });
    await expect(askForPlan(t, MONDAY, { unitId: 'no-such-unit' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(askForPlan(t, MONDAY, { dueWorkingDays: 0 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('goes drafted → submitted → returned → resubmitted → accepted → each measure done → completed', async () => {
    const { id } = await askForPlan(t, MONDAY);
    // Another unit neither sees nor touches it.
    expect(await t.as(DEMO.otherUnitAdmin).call('rectification.get', { id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dataOf(await t.as(DEMO.otherUnitAdmin).call('rectification.list', {})).items).toEqual([]);
    expect(await t.as(DEMO.otherUnitAdmin).call('rectification.list', { unitId: 'unit-z01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const saved = dataOf(await unit().call('rectification.save', { id, version: 1, measures: [MEASURES[0]] }));
    expect(saved).toMatchObject({ status: 'drafting', version: 2, measureList: [{ text: MEASURES[0].text, owner: '王总管', dueDate: '2026-03-20', done: false }] });
    // A due date in the past is refused and changes nothing; so is a stale version.
    expect(await unit().call('rectification.submit', { id, version: 2, measures: [{ ...MEASURES[0], dueDate: '2026-03-01' }] }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'measures.0.dueDate': '完成时限不能早于今天' } } });
    expect(await unit().call('rectification.submit', { id, version: 1, measures: MEASURES })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await unit().call('rectification.submit', { id, version: 2, measures: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await get(id)).version).toBe(2);

    const keptId = saved.measureList[0].id;
    const submitted = dataOf(await unit().call('rectification.submit', { id, version: 2, measures: [{ ...MEASURES[0], id: keptId }, MEASURES[1]] }));
    expect(submitted).toMatchObject({ status: 'submitted', statusLabel: '待区审核', measures: 2 });
    expect(submitted.measureList[0].id).toBe(keptId);
    expect(await messagesOf('u-district-01', 'todo:rectification_review')).toHaveLength(1);
    // Only the district reviews; the unit cannot change a submitted plan.
    expect(await unit().call('rectification.save', { id, version: 3, measures: MEASURES })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(await unit().call('rectification.accept', { id, version: 3 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    jest.setSystemTime(new Date('2026-03-04T02:00:00Z'));
    const returned = dataOf(await district().call('rectification.return', { id, version: 3, reason: '措施不够具体，请写明核对的范围和频次' }));
    // Due again five working days after the return (Wednesday 4 March → Wednesday 11 March).
    expect(returned).toMatchObject({ status: 'returned', returnReason: '措施不够具体，请写明核对的范围和频次', dueAt: '2026-03-11T15:59:59.999Z' });
    const [returnNotice] = await messagesOf('u-unit-admin-z01', 'status:rectification_returned');
    expect(returnNotice.body).toContain('措施不够具体');
    expect(await district().call('rectification.accept', { id, version: 4 })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    const resubmitted = dataOf(await unit().call('rectification.submit', { id, version: 4, measures: [{ ...MEASURES[0], text: '建立走访台账，每月抽取 20% 的走访记录电话核实' }, MEASURES[1]] }));
    const accepted = dataOf(await district().call('rectification.accept', { id, version: resubmitted.version, note: '同意' }));
    expect(accepted).toMatchObject({ status: 'accepted', statusLabel: '整改中' });
    expect(await messagesOf('u-unit-admin-z01', 'status:rectification_accepted')).toHaveLength(1);

    const fileID = await t.upload(DEMO.unitAdmin, 'rectification', '台账.png', PNG);
    // A file someone else uploaded cannot be cited as evidence.
    const foreign = await t.upload(DEMO.enterprise, 'demand', '别人的.png', PNG);
    const [m1, m2] = accepted.measureList;
    expect(await unit().call('rectification.reportMeasure', { id, version: accepted.version, measureId: m1.id, evidence: '走访台账已建立，三月核实 12 条记录均属实。', attachments: [{ fileID: foreign, name: '别人的.png' }] }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const one = dataOf(await unit().call('rectification.reportMeasure', { id, version: accepted.version, measureId: m1.id, evidence: '走访台账已建立，三月核实 12 条记录均属实。', attachments: [{ fileID, name: '台账.png' }] }));
    expect(one).toMatchObject({ status: 'accepted', measuresDone: 1 });
    expect(one.measureList[0]).toMatchObject({ done: true, evidence: { text: '走访台账已建立，三月核实 12 条记录均属实。', attachments: [{ name: '台账.png', url: expect.any(String) }] } });
    expect(await unit().call('rectification.reportMeasure', { id, version: one.version, measureId: m1.id, evidence: '再报一次同一条措施的完成情况。' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    const done = dataOf(await unit().call('rectification.reportMeasure', { id, version: one.version, measureId: m2.id, evidence: '逾期企业 5 家已全部上门走访并记录。' }));
    expect(done).toMatchObject({ status: 'completed', statusLabel: '已完成整改', measuresDone: 2 });
    expect(await messagesOf('u-district-01', 'status:rectification_completed')).toHaveLength(1);
    expect(done.history.map((h: { text: string }) => h.text.slice(0, 4))).toEqual(['因季度约', '保存草稿', '提交整改', '退回修改', '提交整改', '审核通过', '报告措施', '报告措施']);

    expect(dataOf(await district().call('rectification.list', { state: 'closed' })).items.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(dataOf(await unit().call('rectification.list', { state: 'open' })).items).toEqual([]);
    const audit = await t.read('audit_log', { recordId: id });
    expect(audit.filter((a: { outcome: string }) => a.outcome === 'ok').length).toBe(7);
  });

  it('supervises a plan not submitted in time: the unit admin at the deadline, the district two working days later, each once', async () => {
    const { id } = await askForPlan(t, MONDAY);
    const fire = (iso: string) => t.cloud.fireTimer('cron', 'hourly', new Date(iso));
    await fire('2026-03-16T15:00:00Z');
    expect(await t.read('messages', { kind: 'overdue:rectification' })).toHaveLength(0);
    await fire('2026-03-16T16:00:00Z');
    await fire('2026-03-16T17:00:00Z');
    const unitNotices = await t.read('messages', { kind: 'overdue:rectification' });
    expect(unitNotices.map((m: { userId: string }) => m.userId)).toEqual(['u-unit-admin-z01']);
    expect(unitNotices[0]).toMatchObject({ title: '整改方案逾期未提交', recordId: id });
    expect(await t.read('messages', { kind: 'escalated:rectification' })).toHaveLength(0);
    // Two working days later (end of Wednesday 18 March) the district hears of it, once.
    await fire('2026-03-18T16:00:00Z');
    await fire('2026-03-18T17:00:00Z');
    const admins = await t.read('users', { role: 'district_admin', status: 'active' });
    const escalated = await t.read('messages', { kind: 'escalated:rectification' });
    expect(escalated.map((m: { userId: string }) => m.userId).sort()).toEqual(admins.map((u: { _id: string }) => u._id).sort());
    const [plan] = await t.read('rectification_plans', { _id: id });
    expect(plan.superviseAt).toBeUndefined();
    expect(dataOf(await district().call('rectification.list', {})).items[0]).toMatchObject({ id, overdue: false });
    jest.setSystemTime(new Date('2026-03-17T02:00:00Z'));
    expect(dataOf(await district().call('rectification.list', {})).items[0]).toMatchObject({ id, overdue: true });
  });

  it('supervises an overdue measure of an accepted plan like a demand', async () => {
    const { id } = await askForPlan(t, MONDAY);
    dataOf(await unit().call('rectification.submit', { id, version: 1, measures: MEASURES }));
    const accepted = dataOf(await district().call('rectification.accept', { id, version: 2 }));
    // The first measure is due at the end of Friday 20 March; reporting the second does not stop the first's supervision.
    dataOf(await unit().call('rectification.reportMeasure', { id, version: accepted.version, measureId: accepted.measureList[1].id, evidence: '逾期企业已全部上门走访并记录。' }));
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-20T15:00:00Z'));
    expect(await t.read('messages', { kind: 'overdue:rectification' })).toHaveLength(0);
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-20T16:00:00Z'));
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-21T16:00:00Z'));
    const notices = await t.read('messages', { kind: 'overdue:rectification' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ userId: 'u-unit-admin-z01', title: '整改措施已逾期' });
    expect(notices[0].body).toContain(MEASURES[0].text);
    // Escalated at the end of Tuesday 24 March (two working days after Friday).
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-24T15:00:00Z'));
    expect(await t.read('messages', { kind: 'escalated:rectification' })).toHaveLength(0);
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-24T16:00:00Z'));
    expect((await t.read('messages', { kind: 'escalated:rectification' })).length).toBeGreaterThan(0);
    jest.setSystemTime(new Date('2026-03-25T02:00:00Z'));
    expect((await get(id)).measureList[0]).toMatchObject({ overdue: true, done: false });
    expect((await get(id)).measureList[1]).toMatchObject({ overdue: false, done: true });
  });
});
