import { COLLECTIONS } from '../../server/db/collections';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/** The router audits every write with its name, actor, record and outcome; handlers only add a summary. */
describe('the router audits writes', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const entriesFor = async (recordId: string) => dataOf(await t.as(DEMO.district).call('audit.list', { recordId })).items;
  const demand = { category: '融资', title: '审计测试诉求', description: '用于测试写操作的审计记录。' };

  it('declares, for every action, the collection it writes or false for a read', async () => {
    const actions = await (t.cloud.loadFunction('api').describeActions as () => Promise<Array<{ name: string; writes: string | false }>>)();
    const odd = actions.filter((a) => a.writes !== false && !(a.writes in COLLECTIONS));
    expect(odd).toEqual([]);
    expect(actions.filter((a) => a.writes).length).toBeGreaterThan(40);
  });

  it('records a successful write once: action, actor, record, the handler summary, outcome ok', async () => {
    dataOf(await t.as(DEMO.district).call('enterprise.update', { id: 'ent-001', tags: ['专精特新'] }));
    expect(await entriesFor('ent-001')).toEqual([
      expect.objectContaining({ action: 'enterprise.update', actorId: 'u-district-01', actorRole: 'district_admin', collection: 'enterprises', recordId: 'ent-001', outcome: 'ok', summary: expect.stringContaining('tags') }),
    ]);
  });

  it('records a write that failed in its handler with the error code, and nothing for bad input', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', demand));
    const stale = await t.as(DEMO.steward).call('demand.return', { id, version: 7, reason: '请补充具体需求' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const before = (await t.read('audit_log')).length;
    expect(await t.as(DEMO.steward).call('demand.return', { id, version: 1, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await t.read('audit_log')).toHaveLength(before);
    const entries = await entriesFor(id);
    expect(entries.map((e: { action: string; outcome: string }) => `${e.action} ${e.outcome}`)).toEqual(['demand.return CONFLICT', 'demand.submit ok']);
    expect(entries[0]).toMatchObject({ actorId: 'u-steward-01', summary: expect.stringContaining('未完成') });
  });

  it('leaves no entry for a write that changed nothing, nor for a refused caller', async () => {
    const before = (await t.read('audit_log')).length;
    dataOf(await t.as(DEMO.unitAdmin).call('enterprise.update', { id: 'ent-001' }));
    expect(await t.as(DEMO.otherSteward).call('report.create', { category: '所处行业发展动态', enterpriseId: 'ent-001', fields: { trend: '行业需求回暖明显', impact: '利好' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.steward).call('calendar.set', { date: '2030-01-02', working: false, note: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.read('audit_log')).toHaveLength(before);
  });

  it('names the account just bound as the actor of the binding', async () => {
    const { user } = dataOf(await t.as('wx-audit-new-steward').call('account.bind', { code: 'STEWARD2' }));
    expect(await entriesFor(user.id)).toEqual([expect.objectContaining({ action: 'account.bind', actorId: user.id, actorRole: 'steward', outcome: 'ok' })]);
  });
});
