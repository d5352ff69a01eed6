/**
 * The district's open demands by status are kept in one document (demand-tally.repo.ts): counted
 * after every write that changes a status, the later count winning, repaired hourly. The district's
 * home badge (demand.counts) reads it and must always equal a count of the stored demands.
 */
import { demandCalls } from '../support/demand-calls';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const DEPT = 'dept-01';

describe("the district's kept tally of open demands", () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  /** The open demands by status as stored, counted one by one. */
  const stored = async () => {
    const byStatus: Record<string, number> = {};
    for (let skip = 0; ; skip += 1000) {
      const page = await t.cloud.run(async () => (await t.cloud.database().collection<{ status: string }>('demands').orderBy('_id', 'asc').field({ status: true }).skip(skip).limit(1000).get()).data);
      for (const d of page) if (d.status !== 'closed' && d.status !== 'withdrawn') byStatus[d.status] = (byStatus[d.status] ?? 0) + 1;
      if (page.length < 1000) return byStatus;
    }
  };
  const districtCounts = async () => dataOf(await t.as(DEMO.district).call('demand.counts')) as { byStatus: Record<string, number>; open: number };
  const kept = async () => (await t.read<{ byStatus: Record<string, number>; countedFrom: number }>('demand_tallies', { _id: 'district' }))[0];
  const { get, ok: step } = demandCalls(() => t);
  const nonZero = (byStatus: Record<string, number>) => Object.fromEntries(Object.entries(byStatus).filter(([, n]) => n > 0));

  it('is counted and kept on the first read, then follows every submission and step without a recount', async () => {
    expect(await kept()).toBeUndefined();
    const first = await districtCounts();
    expect(first.byStatus).toEqual(await stored());
    expect(nonZero((await kept()).byStatus)).toEqual(first.byStatus);

    const submit = async (title: string) => dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '政策咨询', title, description: `${title}，请帮助了解相关政策和办理流程。` })).id as string;
    const a = await submit('申请人才公寓');
    const b = await submit('咨询研发补贴');
    const c = await submit('厂房扩建审批');
    const expectTallied = async () => {
      const counts = await districtCounts();
      expect(counts.byStatus).toEqual(await stored());
      expect(counts.open).toBe(Object.values(await stored()).reduce((sum, n) => sum + n, 0));
    };
    await expectTallied();
    await step(DEMO.steward, 'demand.dispatch', a, { departmentId: DEPT, complexity: 'simple' });
    await expectTallied();
    await step(DEPT, 'demand.accept', a);
    await step(DEPT, 'demand.resolve', a, { resolution: '已协调人才公寓房源，企业可于下周看房。' });
    await expectTallied();
    await step(DEMO.enterprise, 'demand.rate', a, { resolved: '已解决', satisfaction: '满意' });
    await step(DEMO.enterprise, 'demand.withdraw', b, { reason: '已自行解决' });
    await step(DEMO.steward, 'demand.return', c, { reason: '请补充扩建面积' });
    await expectTallied();
    expect((await get(DEMO.enterprise, a)).status).toBe('closed');
    expect((await get(DEMO.enterprise, b)).status).toBe('withdrawn');
  });

  it('keeps only a count that began later than the kept one, and the hourly recount puts a wrong one right', async () => {
    await districtCounts();
    const right = await kept();
    // A count that began after every write since (a clock ahead of this one) is not overwritten by an older count.
    await t.cloud.run(() => t.cloud.database().collection('demand_tallies').doc('district').update({ data: { byStatus: { ...right.byStatus, submitted: 999 }, countedFrom: right.countedFrom + 3_600_000 } }));
    await t.cloud.fireTimer('cron', 'hourly', new Date());
    expect((await kept()).byStatus.submitted).toBe(999);
    // One left wrong by a recount that failed after its write: the hourly run counts again.
    await t.cloud.run(() => t.cloud.database().collection('demand_tallies').doc('district').update({ data: { countedFrom: right.countedFrom } }));
    await t.cloud.fireTimer('cron', 'hourly', new Date());
    expect(nonZero((await kept()).byStatus)).toEqual(await stored());
    expect((await districtCounts()).byStatus).toEqual(await stored());
  });

  it('leaves the other scopes to their own indexes', async () => {
    await districtCounts();
    await t.cloud.run(() => t.cloud.database().collection('demand_tallies').doc('district').update({ data: { countedFrom: Date.now() + 3_600_000, byStatus: { submitted: 999 } } }));
    const unit = dataOf(await t.as(DEMO.unitAdmin).call('demand.counts')) as { byStatus: Record<string, number> };
    expect(unit.byStatus.submitted ?? 0).toBeLessThan(999);
    expect((await districtCounts()).byStatus.submitted).toBe(999);
  });
});
