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
    const handover = { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001'] };
    const replies = await t.concurrently([
      [DEMO.unitAdmin, 'handover.create', handover],
      [DEMO.unitAdmin, 'handover.create', handover],
    ]);
    expect(oks(replies)).toBe(1);
    expect(codes(replies)).toEqual(['CONFLICT']);
    expect(await openTasks('ent-001')).toHaveLength(1);
    expect((await t.read('enterprises', { _id: 'ent-001' }))[0]).toMatchObject({ stewardId: 'u-steward-02' });
  });

  it('hands an enterprise to one steward when two handovers of it race', async () => {
    const replies = await t.concurrently([
      [DEMO.unitAdmin, 'handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001'] }],
      [DEMO.unitAdmin, 'handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-03', enterpriseIds: ['ent-001'] }],
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
});
