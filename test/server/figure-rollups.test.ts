import { shanghaiDate } from '@/core/time/shanghai';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { delta, rollupCounters, rowOf } from '../support/figure-rows';

/**
 * The rollups are kept by the writes themselves (submission, every step, the timers, a handover,
 * the field-work records), and a rebuild from the records by the repair job gives the very same
 * rows. The history is scripted through the actions and the timers, as people and the platform
 * would write it.
 */
const DEPT = 'dept-01';
const DAY = 86_400_000;
const month = (at = new Date()) => shanghaiDate(at).slice(0, 7);
const monthsBack = (n: number) => month(new Date(Date.now() - n * 31 * DAY));

describe('figure rollups kept by writes', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  const get = async (openid: string, id: string) => dataOf(await t.as(openid).call('demand.get', { id }));
  const step = async (openid: string, action: string, id: string, input: object = {}) => {
    const { version } = await get(openid, id);
    return dataOf(await t.as(openid).call(action, { id, version, ...input }));
  };
  const submit = async (title: string) => dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '融资', title, description: `${title}，请协助办理。` })).id as string;
  const handle = async (id: string) => {
    await step(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' });
    await step(DEPT, 'demand.accept', id);
    await step(DEPT, 'demand.recordContact', id, { note: '已电话联系企业了解需求' });
    await step(DEPT, 'demand.resolve', id, { resolution: '已协调银行完成贷款贴息申报。' });
  };
  const fireHourly = (at: Date) => t.cloud.fireTimer('cron', 'hourly', at);
  const district = `month|${month()}|district|all`;
  const stewardRow = (n: string) => `month|${month()}|steward|u-steward-${n}`;

  let kept: Record<string, Record<string, number>>;
  let late: Date;
  let contactId: string;

  it('counts every write of the scripted history once, where it belongs', async () => {
    const before = await rowOf(t, district);

    // A: resolved, rated bad, called back, rectified, rated bad again, closed by the district as unresolved.
    const a = await submit('贷款贴息申报协调');
    await handle(a);
    await step(DEMO.enterprise, 'demand.rate', a, { resolved: '部分解决', satisfaction: '不满意', comment: '贴息比例低于预期' });
    await step(DEMO.steward, 'demand.callback', a, { note: '已电话回访，企业希望提高贴息比例' });
    await step(DEPT, 'demand.rectify', a, { note: '已重新核定贴息比例并书面答复企业。' });
    await step(DEMO.enterprise, 'demand.rate', a, { resolved: '未解决', satisfaction: '非常不满意' });
    await step(DEMO.district, 'demand.closeUnresolved', a, { reason: '企业要求的贴息比例超出现行政策上限，已书面说明' });

    // B: resolved and never rated: the timer closes it, counted apart.
    const b = await submit('融资担保费用补贴');
    await handle(b);
    await t.cloud.run(() => t.cloud.database().collection('demands').doc(b).update({ data: { autoCloseAt: new Date(Date.now() - 1000) } }));
    await fireHourly(new Date());
    expect((await get(DEMO.enterprise, b)).closeReason).toBe('auto');

    expect(delta(await rowOf(t, district), before)).toMatchObject({
      received: 2, dispatched: 2, resolved: 2, closed: 2, autoClosed: 1, closedUnresolved: 1,
      first_dissatisfied: 1, firstPartlyResolved: 1, firstBad: 1, second_veryDissatisfied: 1, secondBad: 1,
      reviewOnTime: 2, contactOnTime: 2, resolveOnTime: 2, callbackOnTime: 1, rectifyOnTime: 1, decideOnTime: 1, handlingDaysCount: 2,
    });
    expect(delta(await rowOf(t, district), before)).not.toHaveProperty('first_satisfied');
  });

  it('moves a handed-over enterprise’s demands to the new steward’s rows, totals unchanged', async () => {
    const [district1, s01, s02] = [await rowOf(t, district), await rowOf(t, stewardRow('01')), await rowOf(t, stewardRow('02'))];
    dataOf(await t.as(DEMO.district).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001'], reason: '管家岗位调整' }));
    expect(delta(await rowOf(t, district), district1)).toEqual({});
    const moved = delta(await rowOf(t, stewardRow('02')), s02);
    expect(moved).toMatchObject({ received: expect.any(Number), secondBad: 1, autoClosed: 1 });
    expect(delta(await rowOf(t, stewardRow('01')), s01)).toEqual(Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, -v])));
  });

  it('counts field work for the steward who did it, and a passed deadline on its day', async () => {
    const before = await rowOf(t, district);
    const steward = t.as('steward-02');
    contactId = dataOf(await steward.call('contact.record', { enterpriseId: 'ent-001', type: '上门走访', at: new Date().toISOString(), who: '总经理', topics: '了解融资进展', outcome: '企业运行平稳', checkIn: { at: new Date().toISOString(), latitude: 31.25, longitude: 121.6, photoFileIds: [] } })).id;
    dataOf(await steward.call('report.create', { category: '所处行业发展动态', enterpriseId: 'ent-001', fields: { trend: '行业需求回暖明显', impact: '利好' } }));
    const policy = (await t.read('policies'))[0]._id;
    dataOf(await steward.call('policy.promote', { policyId: policy, enterpriseId: 'ent-001', intendsToApply: true }));
    const visit = dataOf(await steward.call('research.record', { enterpriseId: 'ent-001', date: shanghaiDate(new Date()), leaders: '副区长', topics: '了解企业融资需求', promises: [{ content: '协调银行授信', owner: '区金融局', dueDate: shanghaiDate(new Date(Date.now() + 7 * DAY)) }] }));
    dataOf(await steward.call('research.followUp', { visitId: visit.id, note: '已回访企业，授信在推进' }));
    dataOf(await steward.call('research.closePromise', { visitId: visit.id, promiseId: visit.promises[0].id, outcome: '银行已完成授信审批' }));
    expect(delta(await rowOf(t, district), before)).toMatchObject({
      contacts: 1, onsiteVisits: 1, checkIns: 1, handoverOnTime: 1, reports: 1, reports_industryTrend: 1,
      promotions: 1, promotionsIntending: 1, researchVisits: 1, promisesMade: 1, promisesKept: 1, followUpOnTime: 1,
    });

    // D waits for its review; twenty days later the hourly timer counts the review late, on its due day.
    const d = await submit('流动资金贷款对接');
    // At 10:00 Shanghai: not the hour of the nightly check, which would start a repair of its own.
    late = new Date(`${shanghaiDate(new Date(Date.now() + 20 * DAY))}T10:00:00+08:00`);
    const dueMonth = `month|${month(new Date((await t.read('demands', { _id: d }))[0].reviewDueAt))}|steward|u-steward-02`;
    const beforeLate = await rowOf(t, dueMonth);
    await fireHourly(late);
    await fireHourly(late);
    expect(delta(await rowOf(t, dueMonth), beforeLate).reviewLate).toBeGreaterThanOrEqual(1);
    kept = await rollupCounters(t);
  });

  it('rebuilds exactly the rows the writes kept, and a second pass corrects nothing', async () => {
    const rows = await t.read('figure_rollups', {});
    await t.cloud.run(() => t.cloud.database().collection('figure_rollups').where({ grain: t.cloud.database().command.exists(true) }).remove());
    expect(rows.length).toBeGreaterThan(0);
    const started = dataOf(await t.as(DEMO.district).call('figures.repair', { from: monthsBack(13) }));
    expect(started).toMatchObject({ status: 'requested', stamping: false });
    for (let run = 0; run < 10 && dataOf(await t.as(DEMO.district).call('figures.repairStatus'))?.status !== 'done'; run++) await fireHourly(late);
    const status = dataOf(await t.as(DEMO.district).call('figures.repairStatus'));
    expect(status).toMatchObject({ status: 'done', monthsLeft: [] });
    expect(status.correctedRows).toBeGreaterThan(0);
    expect(await rollupCounters(t)).toEqual(kept);

    dataOf(await t.as(DEMO.district).call('figures.repair', { from: monthsBack(13) }));
    await fireHourly(late);
    expect(dataOf(await t.as(DEMO.district).call('figures.repairStatus'))).toMatchObject({ status: 'done', correctedRows: 0 });
  });

  it('puts a drifted row right, and counts records never counted in a full repair', async () => {
    await t.cloud.run(() => t.cloud.database().collection('figure_rollups').doc(district).update({ data: { flow: { received: 999 } } }));
    // A record from before the figures existed: no stamp, so nothing counts it.
    await t.cloud.run(() => t.cloud.database().collection('contacts').doc(contactId).update({ data: { factsAt: t.cloud.database().command.remove(), factsRev: t.cloud.database().command.remove() } }));
    const uncounted = Object.fromEntries(Object.entries(delta(kept[district], { contacts: 1, onsiteVisits: 1, checkIns: 1, checkInsFar: 1 })).filter(([, v]) => v !== 0));
    dataOf(await t.as(DEMO.district).call('figures.repair', { from: month() }));
    await fireHourly(late);
    const afterPartial = await rollupCounters(t);
    expect(afterPartial[district]).toEqual(uncounted);

    dataOf(await t.as(DEMO.district).call('figures.repair', { from: month(), full: true }));
    for (let run = 0; run < 10 && dataOf(await t.as(DEMO.district).call('figures.repairStatus'))?.status !== 'done'; run++) await fireHourly(late);
    expect(dataOf(await t.as(DEMO.district).call('figures.repairStatus')).stampedRecords).toBeGreaterThanOrEqual(1);
    expect((await rollupCounters(t))[district]).toEqual(kept[district]);
  });
});
