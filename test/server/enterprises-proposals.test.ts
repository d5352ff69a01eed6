import { creditCodeCheckChar } from '@/core/credit-code';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const code = (body: string) => body + creditCodeCheckChar(body);

describe('the enterprise list and proposals to change it', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  it('scopes the list by role and searches by name', async () => {
    const mine = dataOf(await t.as(DEMO.steward).call('enterprise.list', { pageSize: 50 }));
    expect(mine.items).toHaveLength(11);
    expect(mine.items.every((e: { stewardId: string }) => e.stewardId === 'u-steward-01')).toBe(true);
    const liaison = dataOf(await t.as(DEMO.liaison).call('enterprise.list', { pageSize: 50 }));
    expect(liaison.items.map((e: { id: string }) => e.id)).toEqual(mine.items.map((e: { id: string }) => e.id));
    const unit = dataOf(await t.as(DEMO.unitAdmin).call('enterprise.list', { pageSize: 50 }));
    expect(unit.items.every((e: { unitId: string }) => e.unitId === 'unit-z01')).toBe(true);
    const name = mine.items[0].name as string;
    const found = dataOf(await t.as(DEMO.district).call('enterprise.list', { keyword: name.slice(2, 6) }));
    expect(found.items.map((e: { name: string }) => e.name)).toContain(name);
    expect(dataOf(await t.as(DEMO.enterprise).call('enterprise.get', { id: 'ent-001' })).id).toBe('ent-001');
  });

  it('validates the credit code, refuses duplicates and keeps history when removing', async () => {
    const base = { name: '上海新增测试科技有限公司', industry: '人工智能', address: '上海市浦东新区张江路1号', unitId: 'unit-z01' };
    const bad = await t.as(DEMO.district).call('enterprise.create', { ...base, creditCode: '91310115MA1K4ABC3A' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { creditCode: expect.stringContaining('校验位') } } });
    const created = dataOf(await t.as(DEMO.district).call('enterprise.create', { ...base, creditCode: code('91310115MA1K4ABC3') }));
    expect(await t.as(DEMO.district).call('enterprise.create', { ...base, creditCode: code('91310115MA1K4ABC3') })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });

    expect(await t.as(DEMO.unitAdmin).call('enterprise.update', { id: 'ent-001', name: '上海改名测试有限公司' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dataOf(await t.as(DEMO.unitAdmin).call('enterprise.update', { id: 'ent-001', visitCadenceDays: 60 })).visitCadenceDays).toBe(60);

    dataOf(await t.as(DEMO.district).call('enterprise.remove', { id: 'ent-001', reason: '企业迁出浦东' }));
    const active = dataOf(await t.as(DEMO.steward).call('enterprise.list', { pageSize: 50 }));
    expect(active.items.map((e: { id: string }) => e.id)).not.toContain('ent-001');
    const all = dataOf(await t.as(DEMO.steward).call('enterprise.list', { pageSize: 50, includeRemoved: true }));
    expect(all.items.find((e: { id: string }) => e.id === 'ent-001')).toMatchObject({ status: 'removed' });
    dataOf(await t.as(DEMO.enterprise).call('demand.get', { id: 'dem-0001' }));
    expect(created.status).toBe('active');
  });

  it('lets a unit propose and the district approve or reject with a reason', async () => {
    const pendingBefore = dataOf(await t.as(DEMO.district).call('dashboard.district')).pendingProposals;
    const add = dataOf(await t.as(DEMO.unitAdmin).call('proposal.create', { kind: 'add', name: '上海建议增补科技有限公司', creditCode: code('91310115MA1K4XYW7'), industry: '集成电路', address: '上海市浦东新区陆家嘴环路1号', reason: '年营收超过 10 亿元，符合重点企业标准' }));
    const remove = dataOf(await t.as(DEMO.unitAdmin).call('proposal.create', { kind: 'remove', enterpriseId: 'ent-002', reason: '企业已整体迁往外省' }));
    expect(dataOf(await t.as(DEMO.otherUnitAdmin).call('proposal.list')).items).toHaveLength(0);
    expect(dataOf(await t.as(DEMO.district).call('dashboard.district')).pendingProposals).toBe(pendingBefore + 2);

    expect(await t.as(DEMO.district).call('proposal.decide', { id: remove.id, approve: false })).toMatchObject({ ok: false, error: { fields: { reason: '请填写驳回理由' } } });
    dataOf(await t.as(DEMO.district).call('proposal.decide', { id: remove.id, approve: false, reason: '迁出尚未完成，暂保留' }));
    const approved = dataOf(await t.as(DEMO.district).call('proposal.decide', { id: add.id, approve: true, stewardId: 'u-steward-03' }));
    expect(approved.status).toBe('approved');
    expect(await t.as(DEMO.district).call('proposal.decide', { id: add.id, approve: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const list = dataOf(await t.as(DEMO.unitAdmin).call('proposal.list'));
    expect(list.items.find((p: { id: string }) => p.id === remove.id)).toMatchObject({ status: 'rejected', decisionReason: '迁出尚未完成，暂保留' });
    const stewardList = dataOf(await t.as('steward-03').call('enterprise.list', { pageSize: 50 }));
    expect(stewardList.items.map((e: { name: string }) => e.name)).toContain('上海建议增补科技有限公司');
    expect(dataOf(await t.as(DEMO.enterprise).call('enterprise.get', { id: 'ent-001' })).status).toBe('active');
  });
});
