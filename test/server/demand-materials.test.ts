import { materialsMilestoneAt } from '@/core/demand/demand.deadlines';
import { shanghaiDate } from '@/core/time/shanghai';
import { demandCalls } from '../support/demand-calls';
import { rowsCorrectedByRepair } from '../support/figure-rows';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const DEPT = 'dept-01';
const HOUR = 3_600_000;
type JobReport = { data: { jobs: { remindMaterials: { changed: number } } } };

describe('the limit on waiting for the enterprise materials', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const { get, step, inbox } = demandCalls(() => t);
  const kinds = async (openid: string) => (await inbox(openid)).map((m) => m.kind);
  const hourly = async (at: Date) => ((await t.cloud.fireTimer('cron', 'hourly', at)) as JobReport).data.jobs.remindMaterials.changed;

  it('reminds the enterprise after 3 working days, the steward after 5, and lets the department resolve after 10', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '审批办理', title: '环评审批进度协调', description: '新建实验室的环评审批需要加快，请协调。' }));
    dataOf(await step(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' }));
    dataOf(await step(DEPT, 'demand.accept', id));
    dataOf(await step(DEPT, 'demand.requestMaterials', id, { note: '请补充实验室平面布置图' }));
    const [stored] = await t.read('demands', { _id: id });
    const overrides = Object.fromEntries((await t.read('calendar_overrides')).map((o: { _id: string; working: boolean }) => [o._id, o.working]));
    const at = (m: 'remindEnterprise' | 'stewardFollowUp' | 'mayResolve') => materialsMilestoneAt(new Date(stored.pausedAt), m, overrides);
    expect(stored).toMatchObject({ materialsMilestone: 'remindEnterprise', materialsDueAt: at('remindEnterprise') });

    // Before the limit the department may not resolve from waiting, and the button is not offered.
    expect(await get(DEPT, id)).toMatchObject({ waiting: [expect.stringContaining('10 个工作日')] });
    expect((await get(DEPT, id)).steps).not.toContain('resolve');
    expect(await step(DEPT, 'demand.resolve', id, { resolution: '按现有材料完成环评预审并出具意见。' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('10 个工作日') } });

    expect(await hourly(new Date(at('remindEnterprise').getTime() - HOUR))).toBe(0);
    expect(await hourly(new Date(at('remindEnterprise').getTime() + HOUR))).toBe(1);
    expect(await kinds(DEMO.enterprise)).toContain('reminder:materials');
    // A timer firing twice changes nothing the second time.
    expect(await hourly(new Date(at('remindEnterprise').getTime() + HOUR))).toBe(0);
    expect((await kinds(DEMO.enterprise)).filter((k) => k === 'reminder:materials')).toHaveLength(1);

    expect(await hourly(new Date(at('stewardFollowUp').getTime() + HOUR))).toBe(1);
    expect(await kinds(DEMO.steward)).toContain('todo:materials');
    expect(await hourly(new Date(at('mayResolve').getTime() + HOUR))).toBe(1);
    expect(await kinds(DEPT)).toContain('todo:resolve');

    const lapsed = await get(DEPT, id);
    expect(lapsed.status).toBe('waiting_enterprise');
    expect(lapsed.steps).toContain('resolve');
    expect(lapsed.timeline.slice(-3).map((e: { kind: string; actorRole: string }) => `${e.kind}/${e.actorRole}`)).toEqual(['materials_reminded/system', 'materials_follow_up/system', 'materials_lapsed/system']);
    dataOf(await step(DEPT, 'demand.resolve', id, { resolution: '按现有材料完成环评预审并出具意见。' }));
    const resolved = (await t.read('demands', { _id: id }))[0];
    expect(resolved).toMatchObject({ status: 'resolved' });
    expect(resolved.timeline.at(-1).text).toContain('按现有材料办结');
    for (const gone of ['pausedAt', 'materialsDueAt', 'materialsMilestone', 'materialsLapsedAt']) expect(resolved[gone]).toBeUndefined();
  });

  it('ends the wait when materials arrive, and catches up in order after a long pause of the timer', async () => {
    const open = async (title: string) => {
      const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '融资', title, description: '希望了解贷款贴息政策和申请材料。' }));
      dataOf(await step(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' }));
      dataOf(await step(DEPT, 'demand.accept', id));
      dataOf(await step(DEPT, 'demand.requestMaterials', id, { note: '请补充近三年财务报表' }));
      return id;
    };
    const supplied = await open('贷款贴息一');
    const forgotten = await open('贷款贴息二');
    dataOf(await step(DEMO.enterprise, 'demand.supplyMaterials', supplied, { note: '已上传财务报表' }));
    expect((await t.read('demands', { _id: supplied }))[0].materialsDueAt).toBeUndefined();

    // Three weeks later, one run records all three milestones of the forgotten wait, in order.
    const later = new Date(`${shanghaiDate(new Date(Date.now() + 21 * 86_400_000))}T10:00:00+08:00`);
    const [waiting] = await t.read('demands', { _id: forgotten });
    expect(await hourly(later)).toBe(1);
    const caught = await get(DEPT, forgotten);
    expect(caught.timeline.slice(-3).map((e: { kind: string }) => e.kind)).toEqual(['materials_reminded', 'materials_follow_up', 'materials_lapsed']);
    expect((await get(DEPT, supplied)).timeline.map((e: { kind: string }) => e.kind)).not.toContain('materials_reminded');
    // The timer's write is the demand's tracked write: no step (the version stays), its figures
    // re-evaluated, and the rollups still equal the records.
    const [stored] = await t.read('demands', { _id: forgotten });
    expect(stored.version).toBe(waiting.version);
    expect(stored.factsRev).toBeGreaterThan(waiting.factsRev);
    expect(await rowsCorrectedByRepair(t, shanghaiDate(new Date()).slice(0, 7), later)).toBe(0);
  });
});
