import { demandCalls } from '../support/demand-calls';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const demand = { category: '人才/落户', title: '研发骨干落户咨询', description: '企业三名研发骨干希望了解人才引进落户的条件和办理流程。', enterpriseId: 'ent-001' };
const DEPT = 'dept-05';

describe('代提: a steward submits on its enterprise behalf', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const { get, inbox } = demandCalls(() => t);

  it('asks for the department and the complexity, and writes nothing without them', async () => {
    const before = (await t.read('demands')).length;
    const reply = await t.as(DEMO.steward).call('demand.submit', demand);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { departmentId: '请选择承办部门', complexity: '请选择办理类型' } } });
    expect(await t.as(DEMO.steward).call('demand.submit', { ...demand, departmentId: 'dept-none', complexity: 'simple' })).toMatchObject({ ok: false, error: { fields: { departmentId: expect.any(String) } } });
    expect(await t.read('demands')).toHaveLength(before);
  });

  it('dispatches it in the same step, outside the steward review queue, and tells the enterprise and the department', async () => {
    const queue = async () => dataOf(await t.as(DEMO.steward).call('demand.counts')).byStatus.submitted ?? 0;
    const waiting = await queue();
    const { id } = dataOf(await t.as(DEMO.steward).call('demand.submit', { ...demand, departmentId: DEPT, complexity: 'complex' }));
    const d = await get(DEMO.enterprise, id);
    expect(d).toMatchObject({ status: 'dispatched', onBehalf: true, departmentId: DEPT, complexity: 'complex', version: 1, due: { stage: 'contact' }, steps: ['withdraw', 'comment'] });
    expect(d.timeline.map((e: { kind: string; actorRole: string }) => `${e.kind}/${e.actorRole}`)).toEqual(['submitted/steward', 'dispatched/steward']);
    expect(await queue()).toBe(waiting);
    const reviewList = dataOf(await t.as(DEMO.steward).call('demand.list', { status: 'submitted', pageSize: 50 })).items.map((x: { id: string }) => x.id);
    expect(reviewList).not.toContain(id);
    expect((await inbox(DEMO.steward)).map((m) => m.kind)).not.toContain('todo:review');

    const [told] = await inbox(DEMO.enterprise);
    expect(told).toMatchObject({ kind: 'status:dispatched', link: `/pages/demand-detail/index?id=${id}`, body: expect.stringContaining('服务管家为您代提了诉求') });
    expect((await inbox(DEPT)).map((m) => m.kind)).toContain('todo:accept');
    expect((await get(DEPT, id)).steps).toContain('accept');
    const [audit] = await t.read('audit_log', { action: 'demand.submit', recordId: id });
    expect(audit.summary).toContain('并派至');
  });

  it('lets the enterprise add its words to the timeline, or withdraw it', async () => {
    const { id } = dataOf(await t.as(DEMO.steward).call('demand.submit', { ...demand, departmentId: DEPT, complexity: 'simple' }));
    const { version } = await get(DEMO.enterprise, id);
    expect(await t.as(DEMO.enterprise).call('demand.comment', { id, version, note: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { note: expect.any(String) } } });
    dataOf(await t.as(DEMO.enterprise).call('demand.comment', { id, version, note: '补充：三人均为硕士，已在本市缴纳社保两年' }));
    const commented = await get(DEMO.steward, id);
    expect(commented.timeline.at(-1)).toMatchObject({ kind: 'commented', actorRole: 'enterprise', text: '企业补充说明：补充：三人均为硕士，已在本市缴纳社保两年' });
    expect(commented.status).toBe('dispatched');
    expect((await inbox(DEMO.steward)).map((m) => m.kind)).toContain('info:commented');
    expect((await inbox(DEPT)).map((m) => m.kind)).toContain('info:commented');

    // The enterprise's own demands have no comment step: it revises or supplies materials instead.
    const own = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { ...demand, enterpriseId: undefined }));
    const ownDetail = await get(DEMO.enterprise, own.id);
    expect(ownDetail.steps).not.toContain('comment');
    expect(await t.as(DEMO.enterprise).call('demand.comment', { id: own.id, version: ownDetail.version, note: '补充说明一下' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    dataOf(await t.as(DEMO.enterprise).call('demand.withdraw', { id, version: commented.version, reason: '已自行联系人社局办理' }));
    expect(await get(DEMO.steward, id)).toMatchObject({ status: 'withdrawn', closeReason: 'withdrawn' });
  });
});
