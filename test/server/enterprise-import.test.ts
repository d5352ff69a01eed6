import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '@/core/credit-code';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const validCode = (n: number) => {
  let body = '91310115MA';
  let rest = n + 1_000_000;
  for (let i = 0; i < 7; i++) {
    body += ALPHABET[rest % 31];
    rest = Math.floor(rest / 31);
  }
  return body + creditCodeCheckChar(body);
};

const workbook = async (rows: string[][]) => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业清单');
  sheet.addRow(['企业名称', '统一社会信用代码', '行业', '地址', '属地单位', '标签']);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
};

const rowsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => [`上海导入测试${i + 1}号科技有限公司`, validCode(i), '人工智能', `上海市浦东新区科苑路${i + 1}号`, i % 2 ? '张江管理局' : '花木街道', '专精特新、高新技术企业']);

describe('enterprise import from Excel', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const upload = (content: Buffer) => t.upload(DEMO.district, 'import', '企业清单.xlsx', content);
  const enterpriseCount = async () => (await t.read('enterprises')).length;

  it('imports nothing from a 500-row file with one bad row, and names the row', async () => {
    const rows = rowsOf(500);
    rows[316][1] = rows[316][1].slice(0, 17) + (rows[316][1][17] === 'A' ? 'B' : 'A'); // wrong check character, Excel row 318
    const before = await enterpriseCount();
    const reply = await t.as(DEMO.district).call('enterprise.import', { fileID: await upload(await workbook(rows)) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('第 318 行') } });
    if (!reply.ok) expect(reply.error.details).toEqual([{ row: 318, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确，请核对后重新输入' }]);
    expect(await enterpriseCount()).toBe(before);
  });

  it('imports every row of a clean 500-row file', async () => {
    const before = await enterpriseCount();
    const result = dataOf(await t.as(DEMO.district).call('enterprise.import', { fileID: await upload(await workbook(rowsOf(500))) }));
    expect(result).toEqual({ imported: 500, errors: [] });
    expect(await enterpriseCount()).toBe(before + 500);
    const one = (await t.read('enterprises', { creditCode: validCode(7) }))[0];
    expect(one).toMatchObject({ unitId: 'unit-z02', tags: ['专精特新', '高新技术企业'], stewardId: '', status: 'active' });
    const again = await t.as(DEMO.district).call('enterprise.import', { fileID: await upload(await workbook(rowsOf(3))) });
    expect(again).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED' } });
    if (!again.ok) expect((again.error.details as Array<{ message: string }>)[0].message).toBe('该企业已在清单中');
  });

  it('reports missing columns, unknown units, duplicates within the file, and non-Excel files', async () => {
    const rows = rowsOf(3);
    rows[1][4] = '火星管理局';
    rows[2][1] = rows[0][1];
    rows[0][0] = '';
    const reply = await t.as(DEMO.district).call('enterprise.import', { fileID: await upload(await workbook(rows)) });
    expect(!reply.ok && reply.error.details).toEqual([
      { row: 2, column: '企业名称', message: '企业名称不能为空' },
      { row: 3, column: '属地单位', message: '没有名为「火星管理局」的属地单位' },
      { row: 4, column: '统一社会信用代码', message: '与第 2 行重复' },
    ]);
    const notExcel = await t.as(DEMO.district).call('enterprise.import', { fileID: await upload(Buffer.from('名称,代码\n')) });
    expect(notExcel).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('.xlsx'), fields: { fileID: expect.any(String) } } });
  });
});
