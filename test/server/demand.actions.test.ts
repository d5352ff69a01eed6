import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const validDemand = {
  category: '融资',
  title: '申请科技贷款贴息',
  description: '企业今年研发投入较大，希望了解科技型中小企业贷款贴息的申请条件和流程。',
  urgency: 'normal',
};

describe('demand actions through the api function', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  it('lets an enterprise submit, list and open its demand, and its steward see it', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call<{ id: string }>('demand.submit', validDemand));

    const mine = dataOf(await t.as(DEMO.enterprise).call('demand.list', { pageSize: 5 }));
    expect(mine.items[0]).toMatchObject({ id, title: validDemand.title, status: 'submitted', enterpriseId: 'ent-001' });

    const detail = dataOf(await t.as(DEMO.enterprise).call('demand.get', { id }));
    expect(detail).toMatchObject({ id, description: validDemand.description, stewardId: 'u-steward-01' });
    expect(detail.timeline).toHaveLength(1);
    expect(detail.timeline[0].text).toContain('提交了诉求');

    const stewardList = dataOf(await t.as(DEMO.steward).call('demand.list', { status: 'submitted', pageSize: 50 }));
    expect(stewardList.items.map((d: { id: string }) => d.id)).toContain(id);
    dataOf(await t.as(DEMO.steward).call('demand.get', { id }));
    dataOf(await t.as(DEMO.liaison).call('demand.get', { id }));
  });

  it('never shows a demand to another enterprise, another steward or another unit', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call<{ id: string }>('demand.submit', validDemand));
    for (const outsider of [DEMO.otherEnterprise, DEMO.otherSteward, DEMO.otherUnitAdmin, DEMO.department]) {
      const reply = await t.as(outsider).call('demand.get', { id });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(reply.error.code);
      expect(JSON.stringify(reply)).not.toContain(validDemand.description);
      const list = dataOf(await t.as(outsider).call('demand.list', { pageSize: 50 }));
      expect(list.items.map((d: { id: string }) => d.id)).not.toContain(id);
    }
  });

  it('refuses bad input with field messages in Chinese and writes nothing', async () => {
    const before = (await t.read('demands')).length;
    const auditBefore = (await t.read('audit_log')).length;
    const reply = await t.as(DEMO.enterprise).call('demand.submit', { ...validDemand, title: '贷', category: '借钱' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    if (!reply.ok) {
      expect(reply.error.fields?.title).toBe('标题至少 2 个字');
      expect(reply.error.fields?.category).toBe('请选择诉求类别');
    }
    expect(await t.read('demands')).toHaveLength(before);
    expect(await t.read('audit_log')).toHaveLength(auditBefore);
  });

  it('creates one demand when the same submission arrives three times at once', async () => {
    const input = { ...validDemand, clientRequestId: 'draft-7f3a9c21' };
    const replies = await Promise.all([1, 2, 3].map(() => t.as(DEMO.enterprise).call<{ id: string }>('demand.submit', input)));
    const ids = new Set(replies.map((r) => dataOf(r).id));
    expect(ids.size).toBe(1);
    expect(await t.read('demands', { title: validDemand.title })).toHaveLength(1);
    expect(await t.read('audit_log', { action: 'demand.submit' })).toHaveLength(1);
  });

  it('lets a steward submit on behalf of their own enterprise only, marked as such', async () => {
    const own = dataOf(await t.as(DEMO.steward).call<{ id: string }>('demand.submit', { ...validDemand, enterpriseId: 'ent-001', departmentId: 'dept-01', complexity: 'simple' }));
    const detail = dataOf(await t.as(DEMO.enterprise).call('demand.get', { id: own.id }));
    expect(detail.onBehalf).toBe(true);
    expect(detail.timeline[0].text).toContain('代企业提交');
    const other = await t.as(DEMO.steward).call('demand.submit', { ...validDemand, enterpriseId: 'ent-020', departmentId: 'dept-01', complexity: 'simple' });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('pages through a list without repeating or skipping', async () => {
    const first = dataOf(await t.as(DEMO.district).call('demand.list', { pageSize: 20 }));
    const second = dataOf(await t.as(DEMO.district).call('demand.list', { pageSize: 20, page: 2 }));
    expect(first.hasMore).toBe(true);
    expect(first.items).toHaveLength(20);
    const ids = [...first.items, ...second.items].map((d: { id: string }) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = [...first.items, ...second.items].map((d: { createdAt: string }) => d.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('answers callers without identity, unbound callers and unknown actions with stable codes', async () => {
    expect(await t.as(undefined).call('demand.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.as(DEMO.unbound).call('demand.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.as(DEMO.enterprise).call('demand.explode')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(dataOf(await t.as(DEMO.unbound).call('session.me'))).toEqual({ user: null });
  });

  it('takes identity from WeChat, never from the request body', async () => {
    const reply = await t.cloud.invoke('api', { action: 'demand.list', input: {}, openid: DEMO.district, userInfo: { openId: DEMO.district } }, { openid: DEMO.enterprise });
    const list = dataOf(reply as never) as { items: Array<{ enterpriseId: string }> };
    expect(list.items.every((d) => d.enterpriseId === 'ent-001')).toBe(true);
  });
});
