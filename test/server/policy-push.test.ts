import { addCalendarDays, shanghaiDate } from '@/core/time/shanghai';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

type Message = { kind: string; title: string; body: string; link?: string };
type Enterprise = { _id: string; name: string; industry: string; tags: string[]; stewardId: string; status: string };

const today = () => shanghaiDate(new Date());
const policy = (extra: object = {}) => ({
  title: '浦东新区促进企业数字化转型专项支持', summary: '对企业数字化改造项目按投入的 20% 给予补贴，单个企业最高 300 万元。', issuer: '区科经委',
  validFrom: addCalendarDays(today(), -1), validTo: addCalendarDays(today(), 180), industries: [] as string[], tags: [] as string[], ...extra,
});

/**
 * Publishing a policy pushes it: every matching enterprise's contacts get a message (and a
 * subscribe message with a credit), each matching enterprise's steward gets a promotion to-do,
 * done when the promotion is recorded; many enterprises go in batches, each steward hears once.
 */
describe('policy push', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const inbox = async (openid: string): Promise<Message[]> => dataOf(await t.as(openid).call('message.list', { pageSize: 50 })).items;
  const active = async () => (await t.read<Enterprise>('enterprises')).filter((e) => e.status === 'active');

  it('tells the matching enterprises and gives their stewards a promotion to-do; others hear nothing', async () => {
    const [ent001] = await t.read<Enterprise>('enterprises', { _id: 'ent-001' });
    const matching = (await active()).filter((e) => e.industry === ent001.industry);
    const other = (await active()).find((e) => e.industry !== ent001.industry)!;
    await t.cloud.run(() => t.cloud.subscribeMessage.grant(DEMO.enterprise, ['tpl-service-notice']));
    dataOf(await t.as(DEMO.enterprise).call('subscription.record', { templateIds: ['tpl-service-notice'] }));

    const published = dataOf(await t.as(DEMO.district).call('policy.create', policy({ industries: [ent001.industry] })));
    expect(published.push).toMatchObject({ status: 'done', enterprises: matching.length });
    expect(published.push.contacts).toBeGreaterThanOrEqual(matching.length);

    const [told] = (await inbox(DEMO.enterprise)).filter((m) => m.kind === 'info:policy');
    expect(told).toMatchObject({ title: '新政策：浦东新区促进企业数字化转型专项支持', link: '/enterprise/pages/policies/index' });
    expect(await t.read('_local_wx_outbox', { touser: DEMO.enterprise })).toHaveLength(1);
    expect((await inbox(`ent-${other._id.slice(4)}`)).map((m) => m.kind)).not.toContain('info:policy');
    expect(dataOf(await t.as(DEMO.enterprise).call('policy.list', {})).items.map((p: { id: string }) => p.id)).toContain(published.id);

    const mine = matching.filter((e) => e.stewardId === 'u-steward-01');
    const todos = dataOf(await t.as(DEMO.steward).call('policy.todos', { pageSize: 50 }));
    expect(todos.items.map((x: { enterpriseId: string }) => x.enterpriseId).sort()).toEqual(mine.map((e) => e._id).sort());
    const stewardTold = (await inbox(DEMO.steward)).filter((m) => m.kind === 'todo:promotion');
    expect(stewardTold).toEqual([expect.objectContaining({ title: `${mine.length} 家企业待宣讲新政策`, link: '/fieldwork/pages/promotions/index?tab=todo' })]);
    expect(dataOf(await t.as(DEMO.otherSteward).call('policy.todos', {})).items.every((x: { enterpriseId: string }) => !mine.some((e) => e._id === x.enterpriseId))).toBe(true);

    // Recording the promotion completes the to-do.
    dataOf(await t.as(DEMO.steward).call('policy.promote', { policyId: published.id, enterpriseId: 'ent-001', intendsToApply: true, note: '企业有意申报' }));
    expect(dataOf(await t.as(DEMO.steward).call('policy.todos', { pageSize: 50 })).items.map((x: { enterpriseId: string }) => x.enterpriseId)).not.toContain('ent-001');
    expect(dataOf(await t.as(DEMO.steward).call('policy.todos', { done: true })).items).toEqual([expect.objectContaining({ enterpriseId: 'ent-001', doneAt: expect.any(String) })]);
    expect(dataOf(await t.as(DEMO.unitAdmin).call('policy.todos', { pageSize: 50 })).items.length).toBeGreaterThanOrEqual(mine.length - 1);
  });

  it('pushes a policy for every enterprise in batches, the first at publishing and the rest by the hourly timer, each steward hearing once', async () => {
    const all = await active();
    const published = dataOf(await t.as(DEMO.district).call('policy.create', policy()));
    expect(published.push.status).toBe('pushing');
    expect(published.push.enterprises).toBeLessThan(all.length);
    const first = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { pushPolicies: { changed: number } } } };
    expect(first.data.jobs.pushPolicies.changed).toBeGreaterThan(1);
    expect((await t.read('policies', { _id: published.id }))[0].push).toMatchObject({ status: 'done', enterprises: all.length });
    expect((await t.read('policies', { _id: published.id }))[0].push.batches).toBeGreaterThan(2);
    expect(await t.read('promotion_todos', { policyId: published.id })).toHaveLength(all.filter((e) => e.stewardId).length);
    for (const [openid, stewardId] of [[DEMO.steward, 'u-steward-01'], ['steward-40', 'u-steward-40']]) {
      const told = (await inbox(openid)).filter((m) => m.kind === 'todo:promotion');
      expect({ stewardId, messages: told.length }).toEqual({ stewardId, messages: 1 });
      expect(told[0].title).toBe(`${all.filter((e) => e.stewardId === stewardId).length} 家企业待宣讲新政策`);
    }
    const fired = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { pushPolicies: { changed: number } } } };
    expect(fired.data.jobs.pushPolicies.changed).toBe(0);
    expect((await inbox(DEMO.steward)).filter((m) => m.kind === 'todo:promotion')).toHaveLength(1);
  });

  it('waits for a later start date, then the hourly timer pushes it; an expired policy is not pushed', async () => {
    const start = addCalendarDays(today(), 3);
    const later = dataOf(await t.as(DEMO.district).call('policy.create', policy({ validFrom: start, tags: ['专精特新'] })));
    expect(later.push).toMatchObject({ status: 'scheduled', enterprises: 0 });
    expect(await t.read('promotion_todos', { policyId: later.id })).toHaveLength(0);
    await t.cloud.fireTimer('cron', 'hourly');
    expect((await t.read('policies', { _id: later.id }))[0].push.status).toBe('scheduled');

    const fired = (await t.cloud.fireTimer('cron', 'hourly', new Date(`${start}T09:00:00+08:00`))) as { data: { jobs: { pushPolicies: { changed: number } } } };
    expect(fired.data.jobs.pushPolicies.changed).toBeGreaterThan(0);
    const tagged = (await active()).filter((e) => e.tags.includes('专精特新') || e.industry === '专精特新');
    expect((await t.read('policies', { _id: later.id }))[0].push).toMatchObject({ status: 'done', enterprises: tagged.length });

    const expired = dataOf(await t.as(DEMO.district).call('policy.create', policy({ validFrom: addCalendarDays(today(), -30), validTo: addCalendarDays(today(), -1) })));
    expect(expired.push).toBeUndefined();
    expect(await t.read('promotion_todos', { policyId: expired.id })).toHaveLength(0);
  });
});
