import { creditCodeCheckChar } from '@/core/credit-code';
import type { Reply } from '@/core/reply';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * Two people acting at the same moment, their database requests interleaved as two CloudBase
 * instances might (both read before either writes): the second is refused, nothing is doubled
 * and nothing half-done remains.
 */
describe('no check-then-act', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const oks = (replies: Reply<unknown>[]) => replies.filter((r) => r.ok).length;
  const codes = (replies: Reply<unknown>[]) => replies.flatMap((r) => (r.ok ? [] : [r.error.code]));
  const openTasks = async (enterpriseId: string) =>
    (await t.read<{ completedAt?: Date; cancelledAt?: Date }>('handover_tasks', { enterpriseId })).filter((x) => !x.completedAt && !x.cancelledAt);

  it('hands an enterprise over once when the same handover is sent twice at once', async () => {
    const handover = { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001'], reason: '管家岗位调整' };
    const replies = await t.concurrently([
      [DEMO.district, 'handover.create', handover],
      [DEMO.district, 'handover.create', handover],
    ]);
    expect(oks(replies)).toBe(1);
    expect(codes(replies)).toEqual(['CONFLICT']);
    expect(await openTasks('ent-001')).toHaveLength(1);
    expect((await t.read('enterprises', { _id: 'ent-001' }))[0]).toMatchObject({ stewardId: 'u-steward-02' });
  });

  it('hands an enterprise to one steward when two handovers of it race', async () => {
    const replies = await t.concurrently([
      [DEMO.district, 'handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001'], reason: '管家岗位调整' }],
      [DEMO.district, 'handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-03', enterpriseIds: ['ent-001'], reason: '管家岗位调整' }],
    ]);
    expect(oks(replies)).toBe(1);
    const winner = replies[0].ok ? 'u-steward-02' : 'u-steward-03';
    const tasks = await openTasks('ent-001');
    expect(tasks).toEqual([expect.objectContaining({ toStewardId: winner })]);
    expect((await t.read('enterprises', { _id: 'ent-001' }))[0]).toMatchObject({ stewardId: winner });
    expect((await t.read('demands', { enterpriseId: 'ent-001' })).every((d: { stewardId: string }) => d.stewardId === winner)).toBe(true);
  });

  describe('a proposal decided twice at once', () => {
    const addProposal = async () =>
      dataOf(
        await t.as(DEMO.unitAdmin).call('proposal.create', {
          kind: 'add', name: '上海并发增补科技有限公司', creditCode: '91310115MA1K4XYW7' + creditCodeCheckChar('91310115MA1K4XYW7'),
          industry: '集成电路', address: '上海市浦东新区陆家嘴环路1号', reason: '年营收超过 10 亿元，符合重点企业标准',
        }),
      ).id as string;

    it('approves once', async () => {
      const id = await addProposal();
      const replies = await t.concurrently([
        [DEMO.district, 'proposal.decide', { id, approve: true }],
        [DEMO.district, 'proposal.decide', { id, approve: true }],
      ]);
      expect(oks(replies)).toBe(1);
      expect(codes(replies)).toEqual(['CONFLICT']);
      expect(await t.read('enterprises', { name: '上海并发增补科技有限公司' })).toHaveLength(1);
    });

    it('either approves or rejects, never both', async () => {
      const id = await addProposal();
      const replies = await t.concurrently([
        [DEMO.district, 'proposal.decide', { id, approve: true }],
        [DEMO.district, 'proposal.decide', { id, approve: false, reason: '材料不全，暂不增补' }],
      ]);
      expect(oks(replies)).toBe(1);
      expect(codes(replies)).toEqual(['CONFLICT']);
      const [proposal] = await t.read<{ status: string }>('proposals', { _id: id });
      const added = await t.read('enterprises', { name: '上海并发增补科技有限公司' });
      expect(proposal.status).toBe(replies[0].ok ? 'approved' : 'rejected');
      expect(added).toHaveLength(proposal.status === 'approved' ? 1 : 0);
    });

    it('either removes the enterprise or keeps it, as decided', async () => {
      const { id } = dataOf(await t.as(DEMO.unitAdmin).call('proposal.create', { kind: 'remove', enterpriseId: 'ent-002', reason: '企业已整体迁往外省' }));
      const replies = await t.concurrently([
        [DEMO.district, 'proposal.decide', { id, approve: false, reason: '迁出尚未完成，暂保留' }],
        [DEMO.district, 'proposal.decide', { id, approve: true }],
      ]);
      expect(oks(replies)).toBe(1);
      const [proposal] = await t.read<{ status: string }>('proposals', { _id: id });
      const [enterprise] = await t.read<{ status: string }>('enterprises', { _id: 'ent-002' });
      expect(proposal.status).toBe(replies[0].ok ? 'rejected' : 'approved');
      expect(enterprise.status).toBe(proposal.status === 'approved' ? 'removed' : 'active');
    });
  });

  describe('every other write that depends on a read', () => {
    it('keeps a unit within 10 enterprises per steward when two assignments race', async () => {
      const creditCodes = ['91310115MA1K4ABC3', '91310115MA1K4ABD1'].map((c) => c + creditCodeCheckChar(c));
      const ids: string[] = [];
      for (const [i, creditCode] of creditCodes.entries()) {
        ids.push(dataOf(await t.as(DEMO.district).call('enterprise.create', { name: `上海并发分配企业${i}有限公司`, creditCode, industry: '软件信息', address: '上海市浦东新区张江路1号', unitId: 'unit-z02' })).id);
      }
      const stewardId = dataOf(await t.as('unit-admin-z02').call('org.stewards')).items.find((s: { enterprises: number }) => s.enterprises === 9).id;
      const replies = await t.concurrently(ids.map((enterpriseId) => ['unit-admin-z02', 'assignment.assign', { enterpriseId, stewardId }] as [string, string, unknown]));
      expect(oks(replies)).toBe(1);
      expect(codes(replies)).toEqual(['RATIO_EXCEEDED']);
      expect(dataOf(await t.as('unit-admin-z02').call('dashboard.unit'))).toMatchObject({ assignedEnterprises: 40 });
    });

    it('leaves one valid binding code when two are issued for an account at once', async () => {
      const { account } = dataOf(await t.as(DEMO.district).call('account.create', { role: 'steward', name: '新管家 陈晨', phone: '13800001111', unitId: 'unit-z02' }));
      const replies = await t.concurrently([
        [DEMO.district, 'account.reissueCode', { id: account.id }],
        [DEMO.district, 'account.reissueCode', { id: account.id }],
      ]);
      const valid = (await t.read<{ usedAt?: Date; revokedAt?: Date }>('binding_codes', { userId: account.id })).filter((c) => !c.usedAt && !c.revokedAt);
      expect(valid).toHaveLength(1);
      // Whoever was told a code was told the one that works.
      const told = replies.filter((r) => r.ok).map((r) => (r.ok ? (r.data as { code: string }).code : ''));
      expect(told).toHaveLength(1);
      expect(dataOf(await t.as('wx-new-steward').call('account.bind', { code: told[0] })).user).toMatchObject({ id: account.id });
    });

    it.each([
      ['the newer first', [0, 2]],
      ['the older first', [2, 0]],
    ])('keeps the latest contact date when an older and a newer contact are recorded at once (%s)', async (_order, daysAgo) => {
      const contact = (days: number) => ({ enterpriseId: 'ent-003', type: '电话', at: new Date(Date.now() - days * 86_400_000).toISOString(), who: '总经理', topics: '了解企业近期经营情况', outcome: '企业运行平稳' });
      const replies = await t.concurrently(daysAgo.map((days, i) => [i ? DEMO.liaison : DEMO.steward, 'contact.record', contact(days)] as [string, string, unknown]));
      expect(oks(replies)).toBe(2);
      const [enterprise] = await t.read<{ lastContactAt: Date }>('enterprises', { _id: 'ent-003' });
      expect(Date.now() - new Date(enterprise.lastContactAt).getTime()).toBeLessThan(60_000);
    });

    it('refuses the second of two corrections to one contact record, rather than losing the first', async () => {
      const { id } = dataOf(await t.as(DEMO.steward).call('contact.record', { enterpriseId: 'ent-003', type: '电话', at: new Date().toISOString(), who: '总经理', topics: '了解企业近期经营情况', outcome: '企业运行平稳' }));
      const replies = await t.concurrently([
        [DEMO.steward, 'contact.update', { id, outcome: '企业运行平稳，订单充足' }],
        [DEMO.steward, 'contact.update', { id, topics: '了解企业用工和订单情况' }],
      ]);
      expect(oks(replies)).toBe(1);
      expect(codes(replies)).toEqual(['CONFLICT']);
    });

    it('refuses the second of two follow-ups of one research visit', async () => {
      const replies = await t.concurrently([
        [DEMO.steward, 'research.followUp', { visitId: 'research-1', note: '已电话回访企业，研发用房在协调中' }],
        [DEMO.steward, 'research.followUp', { visitId: 'research-1', note: '已上门回访，企业表示满意' }],
      ]);
      expect(oks(replies)).toBe(1);
      expect(codes(replies)).toEqual(['CONFLICT']);
    });

    it('removes an enterprise once, and audits it once, when two removals race', async () => {
      const replies = await t.concurrently([
        [DEMO.district, 'enterprise.remove', { id: 'ent-004', reason: '企业已整体迁出浦东' }],
        [DEMO.district, 'enterprise.remove', { id: 'ent-004', reason: '企业注销' }],
      ]);
      expect(oks(replies)).toBe(2);
      expect(await t.read('audit_log', { action: 'enterprise.remove', recordId: 'ent-004' })).toHaveLength(1);
    });

    it('refuses the second of two changes to one account or liaison made at once', async () => {
      const status = await t.concurrently([
        [DEMO.district, 'account.setStatus', { id: 'u-pending-liaison', status: 'disabled' }],
        [DEMO.district, 'account.setStatus', { id: 'u-pending-liaison', status: 'disabled' }],
      ]);
      expect(oks(status)).toBe(1);
      const attach = await t.concurrently([
        // Both stewards have a liaison already: the district states why a second one is needed.
        [DEMO.district, 'liaison.attach', { liaisonId: 'u-liaison-01', stewardId: 'u-steward-02', overrideReason: '企业数量多，临时增配' }],
        [DEMO.district, 'liaison.attach', { liaisonId: 'u-liaison-01', stewardId: 'u-steward-03', overrideReason: '企业数量多，临时增配' }],
      ]);
      expect(oks(attach)).toBe(1);
      expect(codes(attach)).toEqual(['CONFLICT']);
    });
  });
});
