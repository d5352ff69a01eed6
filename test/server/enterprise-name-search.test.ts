import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '@/core/credit-code';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const code = (body: string) => body + creditCodeCheckChar(body);

/**
 * "Name contains" searches read the name index (every suffix of every name, one range read), not
 * every name: each write that stores a name keeps it, data from before it is indexed by the hourly
 * backfill, and until then the searches scan the names.
 */
describe('enterprise name search through the name index', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const district = (action: string, input: object) => t.as(DEMO.district).call(action, input);
  const found = async (keyword: string, as: string = DEMO.district) => dataOf(await t.as(as).call('enterprise.list', { keyword, pageSize: 50 })).items.map((e: { name: string }) => e.name) as string[];
  const db = () => t.cloud.database();

  it('finds a created, renamed and imported enterprise by any part of its name, in either case', async () => {
    const created = dataOf(await district('enterprise.create', { name: '上海Qubit量子传感有限公司', creditCode: code('91310115MA1K4QTM1'), industry: '仪器', address: '上海市浦东新区张衡路1号', unitId: 'unit-z02' }));
    expect(await found('qubit量子')).toEqual(['上海Qubit量子传感有限公司']);
    expect(await found('量子传感')).toEqual(['上海Qubit量子传感有限公司']);
    expect(await t.read('enterprise_names', { enterpriseId: created.id })).toHaveLength([...'上海qubit量子传感有限公司'].length);

    dataOf(await district('enterprise.update', { id: created.id, name: '上海光子芯片测控有限公司' }));
    expect(await found('光子芯片')).toEqual(['上海光子芯片测控有限公司']);
    expect(await found('量子传感')).toEqual([]);
    // The old name's entries are gone; only the new name's remain.
    expect(await t.read('enterprise_names', { enterpriseId: created.id })).toHaveLength([...'上海光子芯片测控有限公司'].length);

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('企业清单');
    sheet.addRow(['企业名称', '统一社会信用代码', '行业', '地址', '属地单位', '标签']);
    sheet.addRow(['上海星轨卫星通信有限公司', code('91310115MA1K4XGW1'), '通信', '上海市浦东新区金科路9号', '张江管理局', '']);
    const fileID = await t.upload(DEMO.district, 'import', '企业清单.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    dataOf(await district('enterprise.import', { fileID }));
    expect(await found('星轨卫星')).toEqual(['上海星轨卫星通信有限公司']);
    // The unit's own search stays in its unit.
    expect(await found('联影', DEMO.unitAdmin)).toEqual(expect.arrayContaining(['上海联影信息技术有限公司']));
    expect(await found('星轨卫星', DEMO.unitAdmin)).toEqual([]);
  });

  it('answers from the index once built: a name without entries is not found, an entry left for an old name finds nothing', async () => {
    // Written around the app (no entries): the search reads the index, not the names.
    await t.cloud.run(() => db().collection('enterprises').add({ data: { _id: 'ent-raw', name: '上海绕过索引有限公司', creditCode: code('91310115MA1K4RAW1'), industry: '', address: '', unitId: 'unit-z01', stewardId: '', stewardName: '', status: 'active', tags: [], contactCadenceDays: 30, visitCadenceDays: 90, createdAt: new Date() } }));
    expect(await found('绕过索引')).toEqual([]);
    // An entry naming ent-001 under a name it does not have: the stored name is checked.
    await t.cloud.run(() => db().collection('enterprise_names').add({ data: { _id: 'ent-001|stale|0', enterpriseId: 'ent-001', unitId: 'unit-z01', nameKey: 'stale', suffix: '旧名称残留' } }));
    expect(await found('旧名称残留')).toEqual([]);
    expect(await t.as(DEMO.district).call('demand.list', { keyword: '旧名称残留' })).toMatchObject({ ok: true, data: { items: [] } });
  });

  it('scans the names while the index of older data is built, then builds it from the hourly timer', async () => {
    const enterprises = (await t.read('enterprises')).length;
    await t.cloud.run(async () => {
      await db().collection('enterprise_names').where({ suffix: db().command.exists(true) }).remove();
      await db().collection('job_cursors').doc('enterpriseNames').remove();
    });
    expect(await found('联影信息技术')).toEqual(['上海联影信息技术有限公司']);
    const demands = dataOf(await t.as(DEMO.district).call('demand.list', { keyword: '联影信息技术' })).items;
    expect(demands.length).toBeGreaterThan(0);

    const fired = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { indexEnterpriseNames: { changed: number; done: boolean } } } };
    expect(fired.data.jobs.indexEnterpriseNames).toEqual(expect.objectContaining({ changed: enterprises, done: true }));
    expect((await t.read('job_cursors', { _id: 'enterpriseNames' }))[0].stage).toBe('ready');
    expect(await found('联影信息技术')).toEqual(['上海联影信息技术有限公司']);
    expect(dataOf(await t.as(DEMO.district).call('demand.list', { keyword: '联影信息技术' })).items).toEqual(demands);
    const again = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { indexEnterpriseNames: { changed: number } } } };
    expect(again.data.jobs.indexEnterpriseNames.changed).toBe(0);
  });
});
