import { demandFacts } from '@/core/figures/demand-facts';
import { contributionsFromFacts } from '@/core/figures/demand-contributions';
import { shanghaiDate } from '@/core/time/shanghai';
import { demandCalls } from '../support/demand-calls';
import { delta, rowOf } from '../support/figure-rows';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const DEPT = 'dept-01';
const OTHER_DEPT = 'dept-05';

describe('the bad-review loop through the api function', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const { get, step, ok, inbox } = demandCalls(() => t);

  /** A demand resolved by 区科经委 and rated badly once. */
  const ratedBadOnce = async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '用地/厂房', title: '扩产厂房层高不够', description: '推荐的厂房层高只有 6 米，无法安装新产线。' }));
    await ok(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' });
    await ok(DEPT, 'demand.accept', id);
    await ok(DEPT, 'demand.resolve', id, { resolution: '已推荐张江两处可用厂房并安排看房。' });
    await ok(DEMO.enterprise, 'demand.rate', id, { resolved: '部分解决', satisfaction: '不满意', comment: '厂房层高不够' });
    return id;
  };

  it('refuses the rectification before the steward has called back', async () => {
    const id = await ratedBadOnce();
    const before = await get(DEPT, id);
    expect(before).toMatchObject({ status: 'rectifying', steps: ['progress'], due: { stage: 'callback' }, waiting: ['服务管家回访企业后才能整改，请等待回访记录'] });
    const early = await step(DEPT, 'demand.rectify', id, { note: '已重新推荐层高 9 米的厂房并陪同看房。' });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('回访企业后才能整改') } });
    expect((await get(DEPT, id)).version).toBe(before.version);

    await ok(DEMO.steward, 'demand.callback', id, { note: '已回访，企业需要层高 8 米以上' });
    expect((await get(DEPT, id)).steps).toEqual(['progress', 'rectify']);
    expect((await inbox(DEPT)).map((m) => m.kind)).toContain('todo:rectify');
    await ok(DEPT, 'demand.rectify', id, { note: '已重新推荐层高 9 米的厂房并陪同看房。' });
    expect((await get(DEMO.enterprise, id)).status).toBe('resolved');
  });

  /** Through call-back and rectification to a second bad rating. */
  const ratedBadTwice = async () => {
    const id = await ratedBadOnce();
    await ok(DEMO.steward, 'demand.callback', id, { note: '已回访，企业需要层高 8 米以上' });
    await ok(DEPT, 'demand.rectify', id, { note: '已重新推荐层高 9 米的厂房并陪同看房。' });
    await ok(DEMO.enterprise, 'demand.rate', id, { resolved: '未解决', satisfaction: '非常不满意', comment: '仍无合适厂房' });
    return id;
  };

  it('sends a second bad rating to the district, which orders another rectification by a named department', async () => {
    const deptRow = (dept: string) => `month|${shanghaiDate(new Date()).slice(0, 7)}|department|${dept}`;
    const [firstBefore, otherBefore] = [await rowOf(t, deptRow(DEPT)), await rowOf(t, deptRow(OTHER_DEPT))];
    const id = await ratedBadTwice();
    const review = await get(DEMO.district, id);
    expect(review).toMatchObject({ status: 'district_review', steps: ['orderRectification', 'closeUnresolved'], due: { stage: 'decide', label: '区科经委裁定' } });
    expect((await get(DEMO.enterprise, id)).steps).toEqual([]);
    expect((await get(DEPT, id)).steps).toEqual([]);
    const [todo] = (await inbox(DEMO.district)).filter((m) => m.kind === 'todo:decide');
    expect(todo).toMatchObject({ title: '整改后企业仍差评，请裁定', link: `/pages/demand-detail/index?id=${id}` });

    // A department that does not exist is refused; nothing changes.
    expect(await step(DEMO.district, 'demand.orderRectification', id, { departmentId: 'dept-none', note: '请换部门整改' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { departmentId: expect.any(String) } } });
    expect(await step(DEMO.district, 'demand.orderRectification', id, { departmentId: OTHER_DEPT, note: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { note: expect.any(String) } } });
    expect((await get(DEMO.district, id)).version).toBe(review.version);

    await ok(DEMO.district, 'demand.orderRectification', id, { departmentId: OTHER_DEPT, note: '由区规划资源局协调层高 8 米以上的产业用房' });
    const ordered = await get(OTHER_DEPT, id);
    expect(ordered).toMatchObject({ status: 'rectifying', departmentId: OTHER_DEPT, due: { stage: 'rectify' }, steps: ['progress', 'rectify'] });
    expect(ordered.timeline.at(-1)).toMatchObject({ kind: 'rectification_ordered', actorRole: 'district_admin' });
    // The first department no longer holds it; the new one was told.
    expect(await t.as(DEPT).call('demand.get', { id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await inbox(OTHER_DEPT)).map((m) => m.title)).toContain('区科经委指定您部门整改诉求');

    await ok(OTHER_DEPT, 'demand.rectify', id, { note: '已协调金桥一处层高 9 米的产业用房并签订意向。' });
    await ok(DEMO.enterprise, 'demand.rate', id, { resolved: '已解决', satisfaction: '满意' });
    expect(await get(DEMO.enterprise, id)).toMatchObject({ status: 'closed', closeReason: 'rated' });
    // Each department answers for its own stages: the first keeps its contact, resolution and first
    // rectification after the demand moved; the new one has the second rectification only.
    expect(delta(await rowOf(t, deptRow(DEPT)), firstBefore)).toMatchObject({ dispatched: 1, contactOnTime: 1, resolveOnTime: 1, rectifyOnTime: 1 });
    const other = delta(await rowOf(t, deptRow(OTHER_DEPT)), otherBefore);
    expect(other).toMatchObject({ rectifyOnTime: 1 });
    for (const key of ['dispatched', 'contactOnTime', 'resolveOnTime']) expect(other).not.toHaveProperty(key);
  });

  it('lets the district close a second bad rating as unresolved, with a reason, counted as such', async () => {
    const districtRow = `month|${shanghaiDate(new Date()).slice(0, 7)}|district|all`;
    const rowBefore = await rowOf(t, districtRow);
    const id = await ratedBadTwice();
    expect(await step(DEMO.district, 'demand.closeUnresolved', id, { reason: '无' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { reason: expect.any(String) } } });
    // Only the district decides.
    expect(await step(DEMO.steward, 'demand.closeUnresolved', id, { reason: '企业要求超出政策范围' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ok(DEMO.district, 'demand.closeUnresolved', id, { reason: '企业要求的层高超出区内现有产业用房条件，已告知企业后续有新增载体时优先推荐' });
    const closed = await get(DEMO.enterprise, id);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'unresolved', closeNote: expect.stringContaining('层高超出'), steps: [] });
    expect(closed.timeline.at(-1)).toMatchObject({ kind: 'closed_unresolved' });
    expect((await inbox(DEMO.enterprise)).map((m) => m.kind)).toContain('status:closed');
    expect(await step(DEMO.district, 'demand.orderRectification', id, { departmentId: OTHER_DEPT, note: '再次整改' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    // The figures read it from the stored record: closed, closed as unresolved, never satisfied.
    const [stored] = await t.read('demands', { _id: id });
    const facts = demandFacts(stored, {}, new Date());
    expect(facts.unresolvedClosedOn).toBeDefined();
    const flow = Object.assign({}, ...contributionsFromFacts(stored, facts).map((c) => c.flow));
    expect(flow).toMatchObject({ closed: 1, closedUnresolved: 1, secondBad: 1, decideOnTime: 1 });
    expect(flow.autoClosed).toBeUndefined();
    // The rollups were kept by the steps' own writes: the decision counted once, where it belongs.
    const counted = delta(await rowOf(t, districtRow), rowBefore);
    expect(counted).toMatchObject({ received: 1, closed: 1, closedUnresolved: 1, secondBad: 1, decideOnTime: 1, callbackOnTime: 1, rectifyOnTime: 1 });
    expect(counted).not.toHaveProperty('autoClosed');
    expect(stored.factsRev).toBe(stored.version);
  });

  it('tells the steward of its enterprise demand at every turn', async () => {
    const id = await ratedBadTwice();
    await ok(DEMO.district, 'demand.closeUnresolved', id, { reason: '企业要求超出现有政策和载体条件' });
    const kinds = (await inbox(DEMO.steward)).map((m) => m.kind).reverse();
    // Oldest first: the review to do, accepted, resolved, the call-back to do, rectified, sent to the district, closed.
    expect(kinds).toEqual(['todo:review', 'status:accepted', 'status:resolved', 'todo:callback', 'status:resolved', 'status:district_review', 'status:closed']);
    const [closed] = await inbox(DEMO.steward);
    expect(closed.title).toBe('上海联影信息技术有限公司的诉求「扩产厂房层高不够」已关闭');
  });
});
