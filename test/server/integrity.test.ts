import { integrityFindingCounts } from '../../server/assessment/integrity-input';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { handleToReply, REPORT, submitReport } from './integrity-fixtures';

// Monday 2 March 2026, 10:00 in Shanghai.
const MONDAY = new Date('2026-03-02T02:00:00Z');

describe('the 亲清 integrity channel', () => {
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

  it('takes an enterprise report from submission to the reply the reporter reads', async () => {
    const { id, number, created } = await submitReport(t);
    expect(created).toBe(true);
    expect(number).toMatch(/^LQ20260302-[0-9A-F]{4}$/);
    const reporterView = async () => dataOf(await t.as(DEMO.enterprise).call('integrity.mine', { state: 'all' })).items[0];
    expect(await reporterView()).toMatchObject({ id, statusLabel: '已提交，待受理', description: REPORT.description, anonymous: true });

    // The district is told; its list shows no content; opening it is logged.
    const [notice] = await t.read('messages', { userId: 'u-district-01', kind: 'todo:integrity' });
    expect(notice).toMatchObject({ title: '新的廉洁监督反映待受理', link: `/district/pages/integrity-detail/index?id=${id}` });
    expect(notice.body).not.toContain(REPORT.description);
    const [row] = dataOf(await t.as(DEMO.district).call('integrity.list', {})).items;
    expect(row).toEqual({ id, number, category: REPORT.category, status: 'submitted', submittedAt: MONDAY.toISOString(), ackDueAt: expect.any(String), concludeDueAt: expect.any(String), overdue: false });
    const detail = dataOf(await t.as(DEMO.district).call('integrity.get', { id }));
    expect(detail).toMatchObject({ description: REPORT.description, anonymous: true, reporter: { roleLabel: '企业联系人', enterpriseName: '上海联影信息技术有限公司' }, servingSteward: { id: 'u-steward-01' } });
    // One working day: by the end of Tuesday.
    expect(detail.ackDueAt).toBe('2026-03-03T15:59:59.999Z');

    expect(await t.as(DEMO.district).call('integrity.reply', { id, reply: '这一步要等认定之后才能答复。' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(await t.as(DEMO.district).call('integrity.conclude', { id, outcome: 'confirmed', findings: '查实的问题必须指明涉及的管家。' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { stewardId: expect.any(String) } } });
    const replied = await handleToReply(t, id);
    expect(replied).toMatchObject({ status: 'replied', conclusion: { outcome: 'confirmed', stewardId: 'u-steward-01', unitName: '陆家嘴管理局' }, notes: [expect.objectContaining({ byName: expect.any(String) })] });

    expect(await reporterView()).toMatchObject({ statusLabel: '已答复', reply: replied.reply });
    expect(await reporterView()).not.toHaveProperty('findings');
    const reporterMessages = await t.read('messages', { userId: 'u-ent-001' });
    expect(reporterMessages.map((m: { kind: string }) => m.kind).sort()).toEqual(['status:integrity_acknowledged', 'status:integrity_replied']);

    // Every read by the district is in the report's access log, which only the district sees.
    const reads = dataOf(await t.as(DEMO.district).call('integrity.reads', { id })).items;
    expect(reads.length).toBe(5); // the opening and each of the four steps
    expect(reads[0]).toMatchObject({ readerName: '区科经委 服务包专班', reportNumber: number });

    const [stored] = await t.read('integrity_reports', { _id: id });
    expect(stored.reporterId).toBe('u-ent-001');

    const counts = await t.cloud.run(() => integrityFindingCounts(t.cloud.database() as never, 2026));
    expect(Object.fromEntries(counts.stewards)).toEqual({ 'u-steward-01': 1 });
    expect(Object.fromEntries(counts.units)).toEqual({ 'unit-z01': 1 });
    expect((await t.cloud.run(() => integrityFindingCounts(t.cloud.database() as never, 2025))).stewards.size).toBe(0);
  });

  it('lands a retried submission once and refuses an empty one', async () => {
    const first = await submitReport(t, { clientRequestId: 'same-request-1' });
    const again = await submitReport(t, { clientRequestId: 'same-request-1' });
    expect(again).toEqual({ ...first, created: false });
    expect(await t.read('integrity_reports')).toHaveLength(1);
    expect(await t.as(DEMO.enterprise).call('integrity.submit', { category: '其他违反亲清关系的行为', description: '太短', clientRequestId: 'req-short-1' }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { description: '请具体写明时间、人员和经过（至少 20 个字）' } } });
    expect(await t.read('integrity_reports')).toHaveLength(1);
  });

  it('tells the district admins once when a report waits past its working day', async () => {
    const { id } = await submitReport(t);
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-03T15:00:00Z'));
    expect(await t.read('messages', { kind: 'overdue:integrity_ack' })).toHaveLength(0);
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-03T16:00:00Z'));
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-03-03T17:00:00Z'));
    const overdue = await t.read('messages', { kind: 'overdue:integrity_ack' });
    const admins = await t.read('users', { role: 'district_admin', status: 'active' });
    expect(overdue.map((m: { userId: string }) => m.userId).sort()).toEqual(admins.map((u: { _id: string }) => u._id).sort());
    expect(overdue.every((m: { recordId: string }) => m.recordId === id)).toBe(true);
  });
});
