import { spotCheckFindingCounts } from '../../server/assessment/spot-check-input';
import { drawSpotChecks } from '../../src/core/spot-check/spot-check-sampler';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

// Monday 2 March 2026, 08:30 in Shanghai: the morning timer of the first working day of the week.
const MONDAY = new Date('2026-03-02T00:30:00Z');
const NEXT_MONDAY = new Date('2026-03-09T00:30:00Z');

type Item = { id: string; unitId: string; stewardId: string; status: string; listWeek: string; carried: number };

describe('the weekly spot check', () => {
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

  const district = () => t.as(DEMO.district);
  const items = async (openid: string, input: object = {}) => dataOf(await t.as(openid).call('spotCheck.items', { pageSize: 50, ...input }));

  it('draws once a week, reproducibly from the recorded seed, with the share and minimum per unit', async () => {
    await t.cloud.fireTimer('cron', 'morning', MONDAY);
    await t.cloud.fireTimer('cron', 'morning', new Date(MONDAY.getTime() + 3_600_000));
    await t.cloud.fireTimer('cron', 'morning', new Date('2026-03-03T00:30:00Z'));
    const draws = await t.read('spot_check_draws');
    expect(draws).toHaveLength(1);
    const [draw] = draws;
    expect(draw).toMatchObject({ _id: '2026-03-02', from: '2026-02-23', to: '2026-03-01', status: 'done' });
    const audit = await t.read('audit_log', { action: 'spotCheck.draw' });
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toContain(`随机种子 ${draw.seed}`);

    // Drawing again from the recorded seed over the same week's records gives the same sample.
    const week = await t.read('contacts', { at: t.cloud.database().command.and(t.cloud.database().command.gte(new Date('2026-02-22T16:00:00Z')), t.cloud.database().command.lte(new Date('2026-03-01T15:59:59.999Z'))) });
    expect(week.length).toBeGreaterThan(0);
    const again = drawSpotChecks(week.map((c: { _id: string; unitId: string; type: string }) => ({ id: c._id, unitId: c.unitId, onsite: c.type === '上门走访' })), draw.seed);
    expect(again.units).toEqual(draw.units);
    for (const u of draw.units) expect(u.picked.length).toBe(Math.min(u.candidates, Math.max(3, Math.ceil(u.candidates * 0.1))));

    const stored = await t.read('spot_check_items');
    expect(stored.length).toBe(draw.units.reduce((n: number, u: { picked: string[] }) => n + u.picked.length, 0));
    expect(draw.items).toBe(stored.length);
    const listed = await items(DEMO.district, { pageSize: 50 });
    expect(listed.week).toBe('2026-03-02');
    expect(listed.items.length).toBe(Math.min(50, stored.length));
    // A unit admin's list holds their unit's items only.
    const own = await items(DEMO.unitAdmin);
    expect(own.items.every((i: Item) => i.unitId === 'unit-z01')).toBe(true);
    expect(own.items.length).toBe(stored.filter((i: { unitId: string }) => i.unitId === 'unit-z01').length);
  });

  it('verifies items: 不属实 reaches the unit admin and the steward, 未能联系 carries over, and findings are counted', async () => {
    await t.cloud.fireTimer('cron', 'morning', MONDAY);
    const ofZ01 = (await items(DEMO.unitAdmin)).items as Item[];
    expect(ofZ01.length).toBeGreaterThanOrEqual(3);
    const [falseOne, unreachable, trueOne] = ofZ01;

    // Only the district verifies unless it allows the units to verify their own.
    expect(await t.as(DEMO.unitAdmin).call('spotCheck.verify', { id: trueOne.id, result: '属实' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await district().call('spotCheck.verify', { id: falseOne.id, result: '不属实' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { note: expect.any(String) } } });
    const verified = dataOf(await district().call('spotCheck.verify', { id: falseOne.id, result: '不属实', note: '企业称当天没有人来访，也未接到电话' }));
    expect(verified).toMatchObject({ status: 'false', statusLabel: '不属实', verifiedByName: '区科经委 服务包专班' });
    expect(await district().call('spotCheck.verify', { id: falseOne.id, result: '属实' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    const notices = await t.read('messages', { kind: 'risk:spot_check_false' });
    const admins = await t.read('users', { role: 'unit_admin', unitId: 'unit-z01', status: 'active' });
    expect(notices.map((m: { userId: string }) => m.userId).sort()).toEqual([...admins.map((u: { _id: string }) => u._id), falseOne.stewardId].sort());
    expect(notices[0].body).toContain('企业称当天没有人来访');

    // The steward sees findings about them; another steward does not.
    const stewardOpenid = (await t.read('users', { _id: falseOne.stewardId }))[0].openid;
    expect(dataOf(await t.as(stewardOpenid).call('spotCheck.findings', {})).items.map((i: Item) => i.id)).toEqual([falseOne.id]);
    expect(dataOf(await t.as(DEMO.otherSteward).call('spotCheck.findings', {})).items.filter((i: Item) => i.id === falseOne.id)).toEqual([]);

    dataOf(await district().call('spotCheck.configure', { unitAdminsVerify: true }));
    expect(dataOf(await t.as(DEMO.unitAdmin).call('spotCheck.verify', { id: trueOne.id, result: '属实' }))).toMatchObject({ status: 'confirmed' });
    const otherUnitItem = ((await items(DEMO.district, { pageSize: 50 })).items as Item[]).find((i) => i.unitId !== 'unit-z01')!;
    expect(await t.as(DEMO.unitAdmin).call('spotCheck.verify', { id: otherUnitItem.id, result: '属实' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dataOf(await t.as(DEMO.unitAdmin).call('spotCheck.verify', { id: unreachable.id, result: '未能联系', note: '两次致电无人接听' }))).toMatchObject({ status: 'unreachable' });

    // Next Monday: a new draw, and every unverified item of last week moves onto the new list.
    const openBefore = (await t.read('spot_check_items', { status: t.cloud.database().command.in(['pending', 'unreachable']) })).length;
    jest.setSystemTime(NEXT_MONDAY);
    await t.cloud.fireTimer('cron', 'morning', NEXT_MONDAY);
    const [carried] = await t.read('spot_check_items', { _id: unreachable.id });
    expect(carried).toMatchObject({ listWeek: '2026-03-09', carried: 1, status: 'unreachable' });
    expect((await t.read('spot_check_items', { _id: falseOne.id }))[0].listWeek).toBe('2026-03-02');
    const [second] = await t.read('spot_check_draws', { _id: '2026-03-09' });
    expect(second).toMatchObject({ from: '2026-03-02', to: '2026-03-08', carriedOver: openBefore });
    const newList = (await items(DEMO.unitAdmin, { state: 'open' })).items as Item[];
    expect(newList.map((i) => i.id)).toContain(unreachable.id);

    // The assessment input and the figures count the findings.
    const counts = await t.cloud.run(() => spotCheckFindingCounts(t.cloud.database() as never, 2026));
    expect(counts.stewards.get(falseOne.stewardId)).toMatchObject({ false: 1 });
    expect(counts.units.get('unit-z01')).toEqual({ false: 1, verified: 2 });
    const figures = dataOf(await district().call('figures.get', { period: { kind: 'month', date: '2026-03-02' }, slice: { dimension: 'unit', id: 'unit-z01' } }));
    const value = (key: string) => figures.figures.find((f: { key: string }) => f.key === key)?.value;
    expect(value('spotChecksFalse')).toBe(1);
    expect(value('spotChecksVerified')).toBe(3);
  });
});
