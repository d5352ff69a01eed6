import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { handOver } from './handover-flow';

/**
 * Records of an enterprise follow its current steward after a handover (issue 8, scenario:
 * ent-001 moves from steward-01 to steward-02). Covers every kind of enterprise record, as lists
 * and as single reads, for the former steward, the former steward's liaison, the new steward and
 * the new steward's liaison; who recorded each record stays as it was.
 */
const ENT = 'ent-001';
const NEW_LIAISON = 'wx-new-liaison'; // binds the demo's pending liaison of steward-02

type Item = { id: string; enterpriseId: string };
const idsOf = (page: { items: Item[] }) => page.items.filter((i) => i.enterpriseId === ENT).map((i) => i.id).sort();

/** Every list an enterprise's records appear in, without naming the enterprise. */
const LISTS: Record<string, string> = {
  contacts: 'contact.list',
  reports: 'report.list',
  researchVisits: 'research.list',
  demands: 'demand.list',
  promotions: 'policy.promotions',
};

describe('after a handover, records follow the enterprise to its new steward', () => {
  let t: TestCloud;
  const made: Record<string, string[]> = {};

  beforeAll(async () => {
    t = openTestCloud();
    dataOf(await t.as(NEW_LIAISON).call('account.bind', { code: 'PARTNER2' }));
    // One record of each kind by the former steward, and what the liaison may record, before the handover.
    const at = new Date(Date.now() - 3600_000).toISOString();
    const contact = { enterpriseId: ENT, type: '电话', at, who: '总经理', topics: '了解经营情况', outcome: '企业运行平稳' };
    const report = { category: '所处行业发展动态', enterpriseId: ENT, fields: { trend: '行业需求回暖明显', impact: '利好' } };
    made.contacts = [
      dataOf(await t.as(DEMO.steward).call('contact.record', contact)).id,
      dataOf(await t.as(DEMO.liaison).call('contact.record', contact)).id,
    ];
    made.reports = [dataOf(await t.as(DEMO.steward).call('report.create', report)).id, dataOf(await t.as(DEMO.liaison).call('report.create', report)).id];
    made.researchVisits = [
      dataOf(await t.as(DEMO.steward).call('research.record', { enterpriseId: ENT, date: '2026-01-05', leaders: '副区长', topics: '了解企业经营', promises: [{ content: '协调研发用房', owner: '陆家嘴管理局', dueDate: '2026-03-01' }] })).id,
    ];
    made.promotions = [dataOf(await t.as(DEMO.liaison).call('policy.promote', { policyId: 'policy-4', enterpriseId: ENT, intendsToApply: true })).id];
    made.demands = [dataOf(await t.as(DEMO.steward).call('demand.submit', { enterpriseId: ENT, category: '融资', title: '代提融资诉求', description: '企业希望了解贴息贷款的申请条件。', departmentId: 'dept-07', complexity: 'simple' })).id];

    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: [ENT] });
  });
  afterAll(() => t.close());

  it('the district sees every record of the enterprise, before and after', async () => {
    for (const [kind, action] of Object.entries(LISTS)) {
      const all = idsOf(dataOf(await t.as(DEMO.district).call(action, { enterpriseId: ENT, pageSize: 50 })));
      expect({ kind, missing: made[kind].filter((id) => !all.includes(id)) }).toEqual({ kind, missing: [] });
    }
  });

  it.each([
    ['former steward', DEMO.steward],
    ['former steward’s liaison', DEMO.liaison],
  ])('the %s lists none of its records and reads none of them', async (_who, openid) => {
    for (const [kind, action] of Object.entries(LISTS)) {
      const listed = idsOf(dataOf(await t.as(openid).call(action, { pageSize: 50 })));
      expect({ kind, listed }).toEqual({ kind, listed: [] });
      const named = await t.as(openid).call(action, { enterpriseId: ENT, pageSize: 50 });
      // Naming the enterprise is either refused outright or finds nothing.
      const outcome = named.ok ? (idsOf(named.data).length ? idsOf(named.data).join() : 'nothing') : named.error.code;
      expect({ kind, outcome: outcome === 'FORBIDDEN' ? 'nothing' : outcome }).toEqual({ kind, outcome: 'nothing' });
    }
    const refused = async (action: string, input: object) => {
      const reply = await t.as(openid).call(action, input);
      expect({ action, code: reply.ok ? 'ok' : reply.error.code }).toEqual({ action, code: 'FORBIDDEN' });
    };
    await refused('enterprise.get', { id: ENT });
    await refused('enterprise.profile', { id: ENT });
    await refused('contact.list', { enterpriseId: ENT });
    await refused('policy.promotions', { enterpriseId: ENT });
    await refused('enterpriseContact.list', { enterpriseId: ENT });
    for (const id of [...made.demands, 'dem-0001']) await refused('demand.get', { id });
    const ownContact = made.contacts[openid === DEMO.steward ? 0 : 1];
    await refused('contact.update', { id: ownContact, outcome: '交接后不能再改' });
    if (openid === DEMO.steward) await refused('research.followUp', { visitId: made.researchVisits[0], note: '交接后不能再回访' });
  });

  it.each([
    ['new steward', DEMO.otherSteward],
    ['new steward’s liaison', NEW_LIAISON],
  ])('the %s lists and reads all of them, recorded by whoever made them', async (_who, openid) => {
    for (const [kind, action] of Object.entries(LISTS)) {
      const all = idsOf(dataOf(await t.as(DEMO.district).call(action, { enterpriseId: ENT, pageSize: 50 })));
      const listed = idsOf(dataOf(await t.as(openid).call(action, { pageSize: 50 })));
      const named = idsOf(dataOf(await t.as(openid).call(action, { enterpriseId: ENT, pageSize: 50 })));
      expect({ kind, listed, named }).toEqual({ kind, listed: all, named: all });
    }
    const profile = dataOf(await t.as(openid).call('enterprise.profile', { id: ENT }));
    expect(profile.contacts.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(made.contacts));
    expect(profile.reports.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(made.reports));
    expect(profile.researchVisits.map((v: { id: string }) => v.id)).toEqual(made.researchVisits);
    expect(profile.promotions.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(made.promotions));
    for (const id of [...made.demands, 'dem-0001']) dataOf(await t.as(openid).call('demand.get', { id }));
    // History keeps who did what: the records still name the former steward and liaison.
    const contacts = dataOf(await t.as(openid).call('contact.list', { enterpriseId: ENT, pageSize: 50 })).items as Array<{ id: string; recordedBy: string }>;
    expect(made.contacts.map((id) => contacts.find((c) => c.id === id)?.recordedBy)).toEqual(['u-steward-01', 'u-liaison-01']);
  });

  it('the new steward follows up the research visit made before the handover', async () => {
    dataOf(await t.as(DEMO.otherSteward).call('research.followUp', { visitId: made.researchVisits[0], note: '新管家回访企业' }));
  });
});
