import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

describe('accounts and one-time binding codes', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const createSteward = async () =>
    dataOf(await t.as(DEMO.district).call('account.create', { role: 'steward', name: '新管家 陈晨', phone: '13800001111', unitId: 'unit-z02' }));

  it('creates a steward account whose code binds a WeChat user once', async () => {
    const { account, code } = await createSteward();
    expect(account).toMatchObject({ role: 'steward', bound: false, unitId: 'unit-z02' });
    expect(code.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(code.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // The code itself is never stored: only its hash.
    expect(JSON.stringify(await t.read('binding_codes'))).not.toContain(code.code.replace('-', ''));

    const bound = dataOf(await t.as('wx-new-person').call('account.bind', { code: code.code.toLowerCase().replace('-', ' ') }));
    expect(bound.user).toMatchObject({ id: account.id, role: 'steward', name: '新管家 陈晨' });
    expect(dataOf(await t.as('wx-new-person').call('session.me')).user.role).toBe('steward');

    const again = await t.as('wx-someone-else').call('account.bind', { code: code.code });
    expect(again).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID', message: expect.stringContaining('已被使用') } });
    expect(await t.as('wx-new-person').call('account.bind', { code: code.code })).toMatchObject({ ok: false, error: { code: 'ALREADY_BOUND' } });
  });

  it('refuses unknown, revoked and expired codes with messages a person can act on', async () => {
    expect(await t.as('wx-a').call('account.bind', { code: 'ZZZZ-ZZZZ' })).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID', message: expect.stringContaining('不正确') } });
    const { account, code } = await createSteward();
    dataOf(await t.as(DEMO.district).call('account.revokeCode', { id: account.id }));
    expect(await t.as('wx-a').call('account.bind', { code: code.code })).toMatchObject({ ok: false, error: { message: expect.stringContaining('作废') } });

    const reissued = dataOf(await t.as(DEMO.district).call('account.reissueCode', { id: account.id }));
    await t.cloud.run(() => t.cloud.database().collection('binding_codes').where({ userId: account.id, revokedAt: t.cloud.database().command.exists(false) }).update({ data: { expiresAt: new Date(Date.now() - 1000) } }));
    expect(await t.as('wx-a').call('account.bind', { code: reissued.code })).toMatchObject({ ok: false, error: { message: expect.stringContaining('过期') } });
    expect((await t.read('users', { _id: account.id }))[0].openid).toBeUndefined();
  });

  it('moves an account to a new WeChat user with a reissued code, and disabling bites on the next call', async () => {
    const { account, code } = await createSteward();
    dataOf(await t.as('wx-old-phone').call('account.bind', { code: code.code }));
    const reissued = dataOf(await t.as(DEMO.district).call('account.reissueCode', { id: account.id }));
    dataOf(await t.as('wx-new-phone').call('account.bind', { code: reissued.code }));
    expect(await t.as('wx-old-phone').call('enterprise.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    dataOf(await t.as('wx-new-phone').call('enterprise.list'));

    dataOf(await t.as(DEMO.district).call('account.setStatus', { id: account.id, status: 'disabled' }));
    expect(await t.as('wx-new-phone').call('enterprise.list')).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
    dataOf(await t.as(DEMO.district).call('account.setStatus', { id: account.id, status: 'active' }));
    dataOf(await t.as('wx-new-phone').call('enterprise.list'));
    expect(await t.as(DEMO.district).call('account.setStatus', { id: 'u-district-01', status: 'disabled' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('requires each role its link and rejects bad input without writing', async () => {
    const before = (await t.read('users')).length;
    const reply = await t.as(DEMO.district).call('account.create', { role: 'liaison', name: '李' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { name: '姓名至少 2 个字' } } });
    expect(await t.as(DEMO.district).call('account.create', { role: 'liaison', name: '李四' })).toMatchObject({ ok: false, error: { fields: { stewardId: '请选择服务管家' } } });
    expect(await t.as(DEMO.district).call('account.create', { role: 'steward', name: '张三', unitId: 'unit-nope' })).toMatchObject({ ok: false, error: { fields: { unitId: '请选择所属单位' } } });
    expect(await t.read('users')).toHaveLength(before);
  });

  it('lets a steward bind an enterprise contact who then sees their steward', async () => {
    const code = dataOf(await t.as(DEMO.steward).call('enterpriseContact.issueCode', { enterpriseId: 'ent-002' }));
    expect(await t.as('wx-contact').call('account.bind', { code: code.code })).toMatchObject({ ok: false, error: { fields: { name: expect.any(String) } } });
    const bound = dataOf(await t.as('wx-contact').call('account.bind', { code: code.code, name: '王经理' }));
    expect(bound.user).toMatchObject({ role: 'enterprise', enterpriseId: 'ent-002', name: '王经理', stewardName: expect.any(String) });
    const contacts = dataOf(await t.as(DEMO.steward).call('enterpriseContact.list', { enterpriseId: 'ent-002' }));
    const added = contacts.find((c: { name: string }) => c.name === '王经理');
    expect(added).toMatchObject({ bound: true, status: 'active' });

    dataOf(await t.as(DEMO.steward).call('enterpriseContact.revoke', { userId: added.id }));
    expect(dataOf(await t.as('wx-contact').call('session.me')).user).toBeNull();
    expect(await t.as('wx-contact').call('demand.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('has a pending demo code for each role', async () => {
    for (const [code, role] of [['STEWARD2', 'steward'], ['PARTNER2', 'liaison'], ['MANAGER2', 'unit_admin'], ['AGENCY22', 'department'], ['PUDNGHQ2', 'district_admin']]) {
      expect(dataOf(await t.as(`wx-demo-${role}`).call('account.bind', { code })).user.role).toBe(role);
    }
    expect(dataOf(await t.as('wx-demo-contact').call('account.bind', { code: 'ENTRPRS2', name: '演示联系人' })).user.role).toBe('enterprise');
  });

  it('writes an audit entry for every write, and offers no way to change the log', async () => {
    const { account } = await createSteward();
    const log = dataOf(await t.as(DEMO.district).call('audit.list', { recordId: account.id }));
    expect(log.items[0]).toMatchObject({ action: 'account.create', actorId: 'u-district-01', actorName: '区科经委 服务包专班', actorRole: 'district_admin' });
    const names = (await (t.cloud.loadFunction('api').describeActions as () => Promise<Array<{ name: string }>>)()).map((a) => a.name);
    expect(names.filter((n) => n.startsWith('audit.'))).toEqual(['audit.list']);
  });
});
