import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/** Refused calls are counted per caller and hour for the district's security view, not stored one row each. */
describe('refused calls', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  type Row = { caller: { kind: string; userId?: string; name?: string; openid?: string }; total: number; reasons: Record<string, number>; actions: Record<string, number> };
  const rows = async (): Promise<Row[]> => dataOf(await t.as(DEMO.district).call('security.refusals', { pageSize: 50 })).items;

  it('counts each kind of refusal in one document per caller and hour', async () => {
    for (let i = 0; i < 3; i++) await t.call(undefined, 'demand.list', {});
    for (let i = 0; i < 2; i++) expect(await t.as(DEMO.steward).call('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A scope refusal inside the handler counts too.
    expect(await t.as(DEMO.steward).call('enterprise.get', { id: 'ent-020' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as('wx-stranger-0001').call('demand.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.as('wx-stranger-0001').call('account.bind', { code: 'WRONGCD2' })).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID' } });
    dataOf(await t.as(DEMO.district).call('account.setStatus', { id: 'u-liaison-01', status: 'disabled' }));
    expect(await t.as(DEMO.liaison).call('demand.list', {})).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
    expect(await t.cloud.invoke('cron', { TriggerName: 'hourly' }, { openid: 'wx-stranger-0001' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // One document per caller (two, should the test straddle the turn of an hour), summed here.
    const seen = await rows();
    const byKey = (r: Row) => r.caller.userId ?? r.caller.kind;
    const docs = await t.read<{ _id: string; hour: string }>('refusals');
    const hours = new Set(docs.map((d) => d.hour)).size;
    expect(new Set(docs.map((d) => d._id.split('@')[0])).size).toBe(4);
    expect(docs.length).toBeLessThanOrEqual(4 * hours);
    const add = (a: Record<string, number> = {}, b: Record<string, number>) => Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]));
    const summed: Record<string, { total: number; reasons: Record<string, number>; actions: Record<string, number> }> = {};
    for (const r of seen) {
      const s = summed[byKey(r)];
      summed[byKey(r)] = { total: (s?.total ?? 0) + r.total, reasons: add(s?.reasons, r.reasons), actions: add(s?.actions, r.actions) };
    }
    expect(summed).toEqual({
      anonymous: { total: 3, reasons: { UNAUTHENTICATED: 3 }, actions: { 'demand.list': 3 } },
      'u-steward-01': { total: 3, reasons: { FORBIDDEN: 3 }, actions: { 'audit.list': 2, 'enterprise.get': 1 } },
      wechat: { total: 3, reasons: { UNAUTHENTICATED: 1, BINDING_CODE_INVALID: 1, FORBIDDEN: 1 }, actions: { 'demand.list': 1, 'account.bind': 1, cron: 1 } },
      'u-liaison-01': { total: 1, reasons: { ACCOUNT_DISABLED: 1 }, actions: { 'demand.list': 1 } },
    });
    const stranger = seen.find((r) => r.caller.kind === 'wechat')!;
    expect(stranger.caller.openid).not.toBe('wx-stranger-0001');
    expect(seen.find((r) => r.caller.userId === 'u-steward-01')!.caller.name).toEqual(expect.any(String));
  });

  it('shows them to the district only, and the security view filters by caller', async () => {
    expect(await t.as(DEMO.unitAdmin).call('security.refusals', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const mine = dataOf(await t.as(DEMO.district).call('security.refusals', { userId: 'u-unit-admin-z01' })).items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ total: 1, actions: { 'security.refusals': 1 } });
  });
});
