import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { handOver } from './handover-flow';

type Message = { kind: string; title: string; body: string; link?: string };

/**
 * Steward changes go through the district (guideline art. 10): the unit proposes, the district
 * confirms (or starts one itself), and the new steward, the former one, the unit, the district
 * and each enterprise's contacts are told. Accounts are edited and moved by the district.
 */
describe('steward changes through the district', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const inbox = async (openid: string): Promise<Message[]> => dataOf(await t.as(openid).call('message.list', { pageSize: 50 })).items;
  const stewardOf = async (enterpriseId: string) => (await t.read('enterprises', { _id: enterpriseId }))[0].stewardId;
  const propose = (input: object, openid: string = DEMO.unitAdmin) =>
    t.as(openid).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001', 'ent-002'], reason: '陆家嘴金融城片区重新分工', ...input });

  it('a unit proposal waits for the district: nothing moves, the district is asked', async () => {
    const { handover, tasks } = dataOf(await propose({}));
    expect(handover).toMatchObject({ status: 'pending', fromStewardName: expect.any(String), enterpriseIds: ['ent-001', 'ent-002'], reason: '陆家嘴金融城片区重新分工' });
    expect(tasks).toEqual([]);
    expect(await stewardOf('ent-001')).toBe('u-steward-01');
    expect(await t.read('handover_tasks', { handoverId: handover.id })).toHaveLength(0);
    const [asked] = await inbox(DEMO.district);
    expect(asked).toMatchObject({ kind: 'todo:handover-confirm', link: '/district/pages/handovers/index' });
    expect(asked.body).toContain('陆家嘴金融城片区重新分工');
    // The unit sees its own proposal; another unit sees none of it.
    expect(dataOf(await t.as(DEMO.unitAdmin).call('handover.list', { status: 'pending' })).items.map((h: { id: string }) => h.id)).toEqual([handover.id]);
    expect(dataOf(await t.as(DEMO.otherUnitAdmin).call('handover.list', {})).items).toEqual([]);
    // A second proposal for the same enterprise is refused while the first waits.
    expect(await propose({ toStewardId: 'u-steward-03', enterpriseIds: ['ent-002'] })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('待区科经委确认') } });
  });

  it('the district confirms: the enterprises move, and the new steward, the enterprise (new name and phone), the unit and the district are told', async () => {
    const { handover } = dataOf(await propose({}));
    const confirmed = dataOf(await t.as(DEMO.district).call('handover.decide', { id: handover.id, confirm: true }));
    expect(confirmed.handover).toMatchObject({ status: 'confirmed', movedEnterprises: 2, decidedByName: '区科经委 服务包专班' });
    expect(confirmed.tasks).toHaveLength(2);
    expect(await stewardOf('ent-001')).toBe('u-steward-02');

    const newSteward = (await t.read('users', { _id: 'u-steward-02' }))[0];
    const toSteward = (await inbox(DEMO.otherSteward)).find((m) => m.kind === 'todo:handover')!;
    expect(toSteward.title).toBe('您接任了 2 家企业的服务管家');
    expect(toSteward.body).toMatch(/请在 \d+月\d+日（3 个工作日内）前联系每家企业/);
    const told = (await inbox(DEMO.enterprise)).find((m) => m.kind === 'info:steward-changed')!;
    expect(told.title).toBe(`您的服务管家已变更为${newSteward.name}`);
    expect(told.body).toContain(newSteward.phone);
    expect((await inbox(DEMO.district)).map((m) => m.kind)).toContain('info:handover');
    expect((await inbox(DEMO.unitAdmin)).map((m) => m.kind)).toContain('info:handover');
    expect((await inbox(DEMO.steward)).map((m) => m.kind)).toContain('info:handover');
    // Another enterprise's contact hears nothing.
    expect((await inbox(DEMO.otherEnterprise)).map((m) => m.kind)).not.toContain('info:steward-changed');
    // The enterprise sees its new steward and phone in the app.
    expect(dataOf(await t.as(DEMO.enterprise).call('session.me')).user).toMatchObject({ stewardName: newSteward.name, stewardPhone: newSteward.phone });

    expect(await t.as(DEMO.district).call('handover.decide', { id: handover.id, confirm: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('the district refuses with a reason the unit reads, and only with one', async () => {
    const { handover } = dataOf(await propose({}));
    expect(await t.as(DEMO.district).call('handover.decide', { id: handover.id, confirm: false })).toMatchObject({ ok: false, error: { fields: { reason: '请填写退回理由' } } });
    const refused = dataOf(await t.as(DEMO.district).call('handover.decide', { id: handover.id, confirm: false, reason: '请先与企业沟通后再交接' }));
    expect(refused.handover).toMatchObject({ status: 'rejected', decisionReason: '请先与企业沟通后再交接' });
    expect(await stewardOf('ent-001')).toBe('u-steward-01');
    expect((await inbox(DEMO.unitAdmin)).find((m) => m.kind === 'status:handover-rejected')!.body).toContain('请先与企业沟通后再交接');
    // Refused, the enterprises may be proposed again.
    dataOf(await propose({}));
  });

  it('a change the district starts takes effect at once; the incoming steward must be active, bound and in the unit', async () => {
    const direct = dataOf(await t.as(DEMO.district).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-03', enterpriseIds: ['ent-003'], reason: '原管家病休' }));
    expect(direct.handover).toMatchObject({ status: 'confirmed', movedEnterprises: 1 });
    expect(await stewardOf('ent-003')).toBe('u-steward-03');
    expect(await t.as(DEMO.district).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-05', enterpriseIds: ['ent-004'], reason: '调整' })).toMatchObject({
      ok: false, error: { fields: { toStewardId: '请选择本单位的管家' } },
    });
    expect(await propose({ toStewardId: 'u-pending-steward' })).toMatchObject({ ok: false, error: { fields: { toStewardId: expect.stringContaining('尚未绑定微信') } } });
    expect(await propose({ reason: '' })).toMatchObject({ ok: false, error: { fields: { reason: '请填写交接原因' } } });
  });

  it('an escalated handover task tells the unit and the district, once', async () => {
    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-003'] });
    await t.cloud.run(() => t.cloud.database().collection('handover_tasks').where({ enterpriseId: 'ent-003' }).update({ data: { dueAt: new Date(Date.now() - 60_000) } }));
    const escalatedIn = async (openid: string) => (await inbox(openid)).filter((m) => m.kind === 'escalated:handover');
    await t.cloud.fireTimer('cron', 'hourly');
    const [unit] = await escalatedIn(DEMO.unitAdmin);
    expect(unit.title).toBe('1 项管家交接逾期未联系企业');
    expect(unit.body).toContain((await t.read('enterprises', { _id: 'ent-003' }))[0].name);
    expect(await escalatedIn(DEMO.district)).toHaveLength(1);
    expect(await escalatedIn(DEMO.otherUnitAdmin)).toHaveLength(0);
    await t.cloud.fireTimer('cron', 'hourly');
    expect(await escalatedIn(DEMO.unitAdmin)).toHaveLength(1);
  });
});

describe('accounts edited and moved by the district', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  it('renames a steward and changes the phone: the enterprise sees both', async () => {
    const updated = dataOf(await t.as(DEMO.district).call('account.update', { id: 'u-steward-01', name: '陆晓东', phone: '13900001234' }));
    expect(updated).toMatchObject({ name: '陆晓东', phone: '13900001234', unitId: 'unit-z01' });
    expect(dataOf(await t.as(DEMO.enterprise).call('session.me')).user).toMatchObject({ stewardName: '陆晓东', stewardPhone: '13900001234' });
    expect(dataOf(await t.as(DEMO.enterprise).call('enterprise.get', { id: 'ent-001' }))).toMatchObject({ stewardName: '陆晓东' });
    expect((await t.read('demands', { enterpriseId: 'ent-001' })).every((d: { stewardName: string }) => d.stewardName === '陆晓东')).toBe(true);
    const [entry] = dataOf(await t.as(DEMO.district).call('audit.list', { recordId: 'u-steward-01' })).items;
    expect(entry).toMatchObject({ action: 'account.update', summary: expect.stringContaining('姓名改为「陆晓东」') });
    expect(await t.as(DEMO.district).call('account.update', { id: 'u-steward-01', phone: '123' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('moves a steward to another unit only after a handover of all their enterprises; their liaison stays behind', async () => {
    const refused = await t.as(DEMO.district).call('account.update', { id: 'u-steward-01', unitId: 'unit-z02' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HANDOVER_FIRST', message: expect.stringContaining('还有 11 家企业') } });
    expect((await t.read('users', { _id: 'u-steward-01' }))[0].unitId).toBe('unit-z01');

    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02' });
    const moved = dataOf(await t.as(DEMO.district).call('account.update', { id: 'u-steward-01', unitId: 'unit-z02' }));
    expect(moved.unitId).toBe('unit-z02');
    expect((await t.read('users', { _id: 'u-liaison-01' }))[0]).toMatchObject({ unitId: 'unit-z01' });
    expect((await t.read('users', { _id: 'u-liaison-01' }))[0].stewardId).toBeUndefined();
    // The new unit's admin now sees them; the old one does not.
    const stewardsOf = async (openid: string) => dataOf(await t.as(openid).call('org.stewards', { pageSize: 50 })).items.map((s: { id: string }) => s.id);
    expect(await stewardsOf('unit-admin-z02')).toContain('u-steward-01');
    expect(await stewardsOf(DEMO.unitAdmin)).not.toContain('u-steward-01');
  });

  it('is the district’s: a unit admin may not edit accounts', async () => {
    expect(await t.as(DEMO.unitAdmin).call('account.update', { id: 'u-steward-01', name: '陆晓东' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
