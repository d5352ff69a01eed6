import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

// Tuesday 1 Dec 2026, 08:30 in Shanghai: a working morning.
const MORNING = new Date('2026-12-01T00:30:00Z');
const demand = { category: '融资', title: '申请科技贷款贴息', description: '企业今年研发投入较大，希望了解贷款贴息的申请条件和流程。' };

describe('the message centre', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud({ now: new Date('2026-12-01T00:00:00Z') });
  });
  afterEach(() => t.close());

  const inbox = async (openid: string, input: object = {}) => dataOf(await t.as(openid).call('message.list', { pageSize: 50, ...input }));
  const unread = async (openid: string) => dataOf(await t.as(openid).call('message.unreadCount')).unread;

  it('gives a steward without a subscribe credit the morning reminder in the app', async () => {
    expect(await unread(DEMO.steward)).toBe(0);
    await t.cloud.fireTimer('cron', 'morning', MORNING);
    expect(await t.read('notifications', { userId: 'u-steward-01', kind: 'reminder:cadence', status: 'no_credit' })).toHaveLength(1);
    expect(await t.read('_local_wx_outbox', { touser: DEMO.steward })).toHaveLength(0);
    // The same morning also reminds steward-01 of the demo research visit's follow-up and promises.
    const { items } = await inbox(DEMO.steward);
    expect(items.filter((m: { kind: string }) => m.kind === 'reminder:cadence')).toEqual([
      expect.objectContaining({ kind: 'reminder:cadence', read: false, link: '/fieldwork/pages/cadence/index', title: expect.stringMatching(/家企业/) }),
    ]);
    expect(await unread(DEMO.steward)).toBe(items.length);
    // The unit hears of its long-overdue enterprises the same way.
    const escalation = (await inbox(DEMO.unitAdmin)).items.find((m: { kind: string }) => m.kind === 'reminder:escalated');
    // It opens the unit's overdue enterprises (the cadence watch), not the cadence settings.
    expect(escalation).toMatchObject({ link: '/oversight/pages/cadence/index', title: expect.stringMatching(/超期 30 天以上未联系/) });
  });

  it('links a new demand to the steward, and marks only the caller own messages read', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', demand));
    const [message] = (await inbox(DEMO.steward)).items;
    expect(message).toMatchObject({ kind: 'todo:review', title: '新诉求待审核', link: `/pages/demand-detail/index?id=${id}` });
    expect(message.body).toContain('上海联影信息技术有限公司');

    // Someone else's message id changes nothing.
    expect(dataOf(await t.as(DEMO.otherSteward).call('message.markRead', { ids: [message.id] }))).toEqual({ marked: 0 });
    expect(await unread(DEMO.steward)).toBe(1);
    expect((await inbox(DEMO.otherSteward)).items.map((m: { id: string }) => m.id)).not.toContain(message.id);

    expect(dataOf(await t.as(DEMO.steward).call('message.markRead', { ids: [message.id] }))).toEqual({ marked: 1 });
    expect(await unread(DEMO.steward)).toBe(0);
    expect((await inbox(DEMO.steward, { unreadOnly: true })).items).toHaveLength(0);
    expect((await inbox(DEMO.steward)).items[0]).toMatchObject({ id: message.id, read: true });
  });

  it('marks all read, refuses an empty request, and forgets messages after a year', async () => {
    await t.as(DEMO.enterprise).call('demand.submit', demand);
    await t.as(DEMO.enterprise).call('demand.submit', { ...demand, title: '申请人才公寓' });
    expect(await unread(DEMO.steward)).toBe(2);
    const empty = await t.as(DEMO.steward).call('message.markRead', {});
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await unread(DEMO.steward)).toBe(2);
    expect(dataOf(await t.as(DEMO.steward).call('message.markRead', { all: true }))).toEqual({ marked: 2 });
    expect(await unread(DEMO.steward)).toBe(0);

    await t.cloud.fireTimer('cron', 'hourly', new Date(Date.now() + 300 * 86_400_000));
    expect((await inbox(DEMO.steward)).items.filter((m: { kind: string }) => m.kind === 'todo:review')).toHaveLength(2);
    await t.cloud.fireTimer('cron', 'hourly', new Date(Date.now() + 367 * 86_400_000));
    expect((await inbox(DEMO.steward)).items).toHaveLength(0);
  });

  it('is refused to a caller without an account', async () => {
    expect(await t.as(DEMO.unbound).call('message.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
