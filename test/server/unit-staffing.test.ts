import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '@/core/credit-code';
import { isStewardOverloaded, unitAverage } from '@/core/org/staffing.rules';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { handOver } from './handover-flow';

interface Shown {
  stewards: number;
  enterprises: number;
  averagePerSteward: number;
  overloadedStewards: number;
}

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : n);
const code = (body: string) => body + creditCodeCheckChar(body);

/**
 * The district dashboard's staffing figures per unit are kept on the units by the writes that
 * change them (issue 14: no count of every enterprise of Pudong per view). After every kind of
 * staffing write they must equal a count of the stored enterprises and accounts.
 */
describe('unit staffing figures kept by the writes', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  /** What the figures must be: counted from every stored enterprise and account. */
  const counted = async (): Promise<Record<string, Shown>> => {
    const [units, enterprises, users] = await Promise.all([t.read('units'), t.read('enterprises', { status: 'active' }), t.read('users', { role: 'steward' })]);
    return Object.fromEntries(units.map((u: { _id: string }) => {
      const own = enterprises.filter((e: { unitId: string }) => e.unitId === u._id);
      const perSteward = new Map<string, number>();
      for (const e of own) if (e.stewardId) perSteward.set(e.stewardId, (perSteward.get(e.stewardId) ?? 0) + 1);
      const stewards = users.filter((s: { unitId: string; status: string; openid?: string }) => s.unitId === u._id && s.status === 'active' && !!s.openid).length;
      const assigned = own.filter((e: { stewardId: string }) => e.stewardId).length;
      return [u._id, { stewards, enterprises: own.length, averagePerSteward: round(unitAverage({ stewards, assignedEnterprises: assigned })), overloadedStewards: [...perSteward.values()].filter(isStewardOverloaded).length }];
    }));
  };

  const shown = async (): Promise<Record<string, Shown>> => {
    const { units } = dataOf(await t.as(DEMO.district).call('dashboard.district'));
    return Object.fromEntries(units.map((u: Shown & { unit: { id: string } }) => [u.unit.id, { stewards: u.stewards, enterprises: u.enterprises, averagePerSteward: u.averagePerSteward, overloadedStewards: u.overloadedStewards }]));
  };

  const expectInStep = async () => {
    const expected = await counted();
    expect(await shown()).toEqual(expected);
    // The unit's own dashboard shows the same kept figures.
    const own = dataOf(await t.as(DEMO.unitAdmin).call('dashboard.unit'));
    expect({ stewards: own.activeStewards, enterprises: own.assignedEnterprises + own.unassignedEnterprises, averagePerSteward: own.averagePerSteward, overloadedStewards: own.overloadedStewards }).toEqual(expected['unit-z01']);
  };
  const district = (action: string, input: object) => t.as(DEMO.district).call(action, input);

  it('match a count of the stored records after every kind of staffing write', async () => {
    // First read: the demo data has no kept figures yet; they are counted then and kept.
    await expectInStep();
    const z01 = (await shown())['unit-z01'];
    expect(z01.overloadedStewards).toBeGreaterThan(0);

    // A new enterprise without a steward, then assigned by the unit.
    const created = dataOf(await district('enterprise.create', { name: '上海编制测试科技有限公司', creditCode: code('91310115MA1K4AT71'), industry: '软件', address: '上海市浦东新区世纪大道1号', unitId: 'unit-z01' }));
    await expectInStep();
    expect((await shown())['unit-z01'].enterprises).toBe(z01.enterprises + 1);
    const [free] = await t.read('users', { role: 'steward', unitId: 'unit-z01', status: 'active', _id: 'u-steward-04' });
    dataOf(await t.as(DEMO.unitAdmin).call('assignment.assign', { enterpriseId: created.id, stewardId: free._id }));
    await expectInStep();

    // Handovers: two enterprises take an overloaded steward under the limit; then the rest of theirs go.
    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001', 'ent-002'] });
    await expectInStep();
    expect((await shown())['unit-z01'].overloadedStewards).toBe(z01.overloadedStewards - 1);
    await handOver(t, { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-03' });
    await expectInStep();
    // The steward, now without enterprises, moves to another unit, is disabled there and enabled again.
    dataOf(await district('account.update', { id: 'u-steward-01', unitId: 'unit-z02' }));
    await expectInStep();
    expect((await shown())['unit-z01'].stewards).toBe(z01.stewards - 1);
    dataOf(await district('account.setStatus', { id: 'u-steward-01', status: 'disabled' }));
    await expectInStep();
    dataOf(await district('account.setStatus', { id: 'u-steward-01', status: 'active' }));
    await expectInStep();

    // A pending steward binds WeChat and starts to count.
    dataOf(await t.as('wx-zhou-ming').call('account.bind', { code: 'STEWARD2' }));
    await expectInStep();

    // Removal, directly and by an approved proposal; an approved addition.
    dataOf(await district('enterprise.remove', { id: 'ent-003', reason: '企业迁出浦东' }));
    await expectInStep();
    const [pendingRemoval, pendingAddition] = ['proposal-2', 'proposal-1'];
    dataOf(await district('proposal.decide', { id: pendingRemoval, approve: true }));
    dataOf(await district('proposal.decide', { id: pendingAddition, approve: true }));
    await expectInStep();

    // An Excel import into two units.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('企业清单');
    sheet.addRow(['企业名称', '统一社会信用代码', '行业', '地址', '属地单位', '标签']);
    sheet.addRow(['上海编制导入一号有限公司', code('91310115MA1K4MP71'), '软件', '上海市浦东新区科苑路1号', '张江管理局', '']);
    sheet.addRow(['上海编制导入二号有限公司', code('91310115MA1K4MP72'), '软件', '上海市浦东新区科苑路2号', '花木街道', '']);
    const fileID = await t.upload(DEMO.district, 'import', '企业清单.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(dataOf(await district('enterprise.import', { fileID }))).toMatchObject({ imported: 2 });
    await expectInStep();
  });

  it('are not overwritten by a count that began before the stored one', async () => {
    await shown();
    const stored = (await t.read('units', { _id: 'unit-z02' }))[0].staffing;
    // Figures counted "later" than any count this write will start (as a slower, newer count would be).
    await t.cloud.run(() => t.cloud.database().collection('units').doc('unit-z02').update({ data: { staffing: { ...stored, enterprises: 4242, countedFrom: Date.now() + 3_600_000 } } }));
    dataOf(await district('enterprise.create', { name: '上海计数顺序测试有限公司', creditCode: code('91310115MA1K4RD71'), industry: '软件', address: '上海市浦东新区世纪大道2号', unitId: 'unit-z02' }));
    expect((await shown())['unit-z02'].enterprises).toBe(4242);
  });

  it('are put right by the hourly recount when a write could not keep them', async () => {
    await expectInStep();
    const stored = (await t.read('units', { _id: 'unit-z01' }))[0].staffing;
    await t.cloud.run(() => t.cloud.database().collection('units').doc('unit-z01').update({ data: { staffing: { ...stored, stewards: 1, overloadedStewards: 9 } } }));
    expect((await shown())['unit-z01']).toMatchObject({ stewards: 1, overloadedStewards: 9 });
    const fired = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { recountStaffing: { changed: number } } } };
    expect(fired.data.jobs.recountStaffing.changed).toBe(1);
    await expectInStep();
    const again = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { recountStaffing: { changed: number } } } };
    expect(again.data.jobs.recountStaffing.changed).toBe(0);
  });
});
