import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { handOver } from './handover-flow';

/**
 * Staffing rules (guideline art. 3, 4): one 总管家 per unit and one liaison per steward, set aside
 * only by the district with a reason; a steward serving enterprises is not disabled before a
 * handover; an unbound steward account adds no room under the average of 10.
 */
describe('staffing rules', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const district = (action: string, input: object) => t.as(DEMO.district).call(action, input);

  it('refuses a second 总管家 for a unit, naming the one it has, unless the district states why', async () => {
    const holder = (await t.read('users', { _id: 'u-unit-admin-z01' }))[0];
    const refused = await district('account.create', { role: 'unit_admin', name: '新总管家 吴敏', unitId: 'unit-z01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STAFFING_RULE', message: expect.stringContaining(`已有总管家「${holder.name}」`), fields: { overrideReason: expect.any(String) } } });
    expect(await t.read('users', { name: '新总管家 吴敏' })).toHaveLength(0);

    const made = dataOf(await district('account.create', { role: 'unit_admin', name: '新总管家 吴敏', unitId: 'unit-z01', overrideReason: '原总管家下月退休，提前交接工作' }));
    expect(made.account).toMatchObject({ role: 'unit_admin', staffingOverride: '原总管家下月退休，提前交接工作' });
    const [entry] = dataOf(await district('audit.list', { recordId: made.account.id })).items;
    expect(entry.summary).toContain('例外配置：原总管家下月退休');
    // A unit without one takes a 总管家 freely; moving one into an occupied unit is refused the same way.
    const free = dataOf(await district('account.create', { role: 'unit_admin', name: '总管家 何平', unitId: 'unit-s03' }));
    expect(await district('account.update', { id: free.account.id, unitId: 'unit-z02' })).toMatchObject({ ok: false, error: { code: 'STAFFING_RULE' } });
  });

  it('refuses a second liaison for a steward: the unit cannot set the rule aside, the district can with a reason', async () => {
    const { account: liaison } = dataOf(await district('account.create', { role: 'liaison', name: '联络员 贺兰', stewardId: 'u-pending-steward', overrideReason: '不需要' }));
    expect(liaison.staffingOverride).toBeUndefined();
    const attach = (openid: string, extra: object = {}) => t.as(openid).call('liaison.attach', { liaisonId: liaison.id, stewardId: 'u-steward-01', ...extra });
    expect(await attach(DEMO.unitAdmin)).toMatchObject({ ok: false, error: { code: 'STAFFING_RULE', message: expect.stringContaining('每位管家只配一名联络员') } });
    expect(await attach(DEMO.unitAdmin, { overrideReason: '企业太多忙不过来' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await t.read('users', { _id: liaison.id }))[0].stewardId).toBe('u-pending-steward');
    expect(dataOf(await attach(DEMO.district, { overrideReason: '管家服务 11 家企业，临时增配联络员' }))).toMatchObject({ stewardId: 'u-steward-01', staffingOverride: '管家服务 11 家企业，临时增配联络员' });
    expect(await district('account.create', { role: 'liaison', name: '联络员 第三人', stewardId: 'u-steward-04' })).toMatchObject({ ok: false, error: { code: 'STAFFING_RULE' } });
  });

  it('asks for a handover before disabling a steward who serves enterprises, naming how many', async () => {
    expect(await district('account.setStatus', { id: 'u-steward-01', status: 'disabled' })).toMatchObject({
      ok: false, error: { code: 'HANDOVER_FIRST', message: '管家「' + (await t.read('users', { _id: 'u-steward-01' }))[0].name + '」名下还有 11 家企业，请先办理管家交接，再停用', details: { enterprises: 11 } },
    });
    expect((await t.read('users', { _id: 'u-steward-01' }))[0].status).toBe('active');
    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02' });
    expect(dataOf(await district('account.setStatus', { id: 'u-steward-01', status: 'disabled' }))).toMatchObject({ status: 'disabled' });
    // Enabling a liaison again re-checks its steward's seat.
    const { account } = dataOf(await district('account.create', { role: 'liaison', name: '联络员 甲', stewardId: 'u-steward-07' }));
    dataOf(await district('account.setStatus', { id: account.id, status: 'disabled' }));
    dataOf(await district('account.create', { role: 'liaison', name: '联络员 乙', stewardId: 'u-steward-07' }));
    expect(await district('account.setStatus', { id: account.id, status: 'active' })).toMatchObject({ ok: false, error: { code: 'STAFFING_RULE' } });
  });

  it('does not count an unbound steward toward the average, and gives them no enterprises until they bind', async () => {
    // 陆家嘴: four bound stewards and 待绑定管家 周明.
    const before = dataOf(await t.as(DEMO.unitAdmin).call('dashboard.unit'));
    const bound = dataOf(await t.as(DEMO.unitAdmin).call('org.stewards', { assignable: true })).items;
    expect(bound.map((s: { id: string }) => s.id)).not.toContain('u-pending-steward');
    expect(before.activeStewards).toBe(bound.length);
    expect(before.averagePerSteward).toBe(Math.round((before.assignedEnterprises / bound.length) * 100) / 100);
    expect(await t.as(DEMO.unitAdmin).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-pending-steward', enterpriseIds: ['ent-001'], reason: '分担' })).toMatchObject({
      ok: false, error: { message: '该管家尚未绑定微信，完成绑定后才能接收企业' },
    });
    dataOf(await t.as('wx-zhou-ming').call('account.bind', { code: 'STEWARD2' }));
    const after = dataOf(await t.as(DEMO.unitAdmin).call('dashboard.unit'));
    expect(after.activeStewards).toBe(bound.length + 1);
    expect(after.averagePerSteward).toBe(Math.round((after.assignedEnterprises / (bound.length + 1)) * 100) / 100);
  });
});
