import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

type Row = { id: string; status: string; category: string; enterpriseId: string; enterpriseName: string; createdAt: string; overdue: boolean; escalated?: boolean };
const DAY = 86_400_000;

describe('the demand watch lists (unit and district)', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  const list = async (openid: string, input: object = {}): Promise<Row[]> => {
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const result = dataOf(await t.as(openid).call('demand.list', { ...input, page, pageSize: 50 }));
      rows.push(...result.items);
      if (!result.hasMore) return rows;
    }
  };
  const stored = (filter: object = {}) => t.read<{ _id: string; unitId: string; departmentId?: string; enterpriseId: string; status: string; category: string; createdAt: Date; escalatedAt?: Date }>('demands', filter);
  const idsOf = (rows: Array<{ id: string } | { _id: string }>) => rows.map((r) => ('id' in r ? r.id : r._id)).sort();

  it('gives the district every demand, narrowed by unit, department, category and status', async () => {
    expect(idsOf(await list(DEMO.district))).toEqual(idsOf(await stored()));
    expect(idsOf(await list(DEMO.district, { unitId: 'unit-z01' }))).toEqual(idsOf(await stored({ unitId: 'unit-z01' })));
    expect(idsOf(await list(DEMO.district, { departmentId: 'dept-03' }))).toEqual(idsOf(await stored({ departmentId: 'dept-03' })));
    const combined = await list(DEMO.district, { unitId: 'unit-z01', category: '融资', status: 'closed' });
    expect(idsOf(combined)).toEqual(idsOf(await stored({ unitId: 'unit-z01', category: '融资', status: 'closed' })));
    const newestFirst = (await list(DEMO.district)).map((r) => r.createdAt);
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());
  });

  it('selects a period of submission in Shanghai days, and refuses one that runs backwards', async () => {
    const all = await stored();
    const day = (d: Date) => new Date(new Date(d).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const days = [...new Set(all.map((d) => day(d.createdAt)))].sort();
    const [from, to] = [days[2], days[days.length - 3]];
    const inPeriod = all.filter((d) => day(d.createdAt) >= from && day(d.createdAt) <= to);
    expect(inPeriod.length).toBeGreaterThan(0);
    expect(idsOf(await list(DEMO.district, { from, to }))).toEqual(idsOf(inPeriod));
    const backwards = await t.as(DEMO.district).call('demand.list', { from: to, to: from });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { to: '开始日期不能晚于结束日期' } } });
  });

  it('finds demands by part of the enterprise name, and asks for more of it when too many enterprises match', async () => {
    const rows = await list(DEMO.district, { keyword: '联影' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.enterpriseName.includes('联影'))).toBe(true);
    expect(idsOf(rows)).toEqual(idsOf((await stored()).filter((d) => (d as { enterpriseName?: string }).enterpriseName?.includes('联影'))));
    expect(rows.map((r) => r.enterpriseId)).toContain('ent-001');
    expect(await list(DEMO.district, { keyword: '没有这家企业' })).toEqual([]);
    const broad = await t.as(DEMO.district).call('demand.list', { keyword: '上海' });
    expect(broad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { keyword: expect.stringContaining('请输入更完整的企业名称') } } });
  });

  it('holds a unit admin to its unit through every filter', async () => {
    const own = await stored({ unitId: 'unit-z01' });
    expect(idsOf(await list(DEMO.unitAdmin))).toEqual(idsOf(own));
    // Filters that other units' demands would match still answer only this unit's.
    for (const filter of [{ departmentId: 'dept-03' }, { category: '融资' }, { status: 'closed' }, { keyword: '有限公司' }, { overdue: true }, { escalated: true }, { from: '2000-01-01' }]) {
      const rows = await list(DEMO.unitAdmin, filter);
      for (const r of rows) expect(own.map((d) => d._id)).toContain(r.id);
    }
    const elsewhere = (await stored()).find((d) => d.unitId !== 'unit-z01')!;
    expect(await t.as(DEMO.unitAdmin).call('demand.list', { unitId: elsewhere.unitId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await list(DEMO.unitAdmin, { enterpriseId: elsewhere.enterpriseId })).toEqual([]);
    expect(idsOf(await list(DEMO.unitAdmin, { stewardId: 'u-steward-01' }))).toEqual(idsOf(own.filter((d) => (d as { stewardId?: string }).stewardId === 'u-steward-01')));
    const otherSteward = (await t.read<{ _id: string }>('users', { role: 'steward', unitId: elsewhere.unitId }))[0];
    expect(await list(DEMO.unitAdmin, { stewardId: otherSteward._id })).toEqual([]);
    expect(await t.as(DEMO.steward).call('demand.list', { stewardId: otherSteward._id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const named = await list(DEMO.unitAdmin, { keyword: '联影' });
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((r) => own.some((d) => d._id === r.id))).toBe(true);
  });

  it('holds a department to the demands dispatched to it', async () => {
    const own = await stored({ departmentId: 'dept-01' });
    expect(idsOf(await list(DEMO.department))).toEqual(idsOf(own));
    expect(idsOf(await list(DEMO.department, { unitId: 'unit-z01' }))).toEqual(idsOf(own.filter((d) => d.unitId === 'unit-z01')));
    expect(await t.as(DEMO.department).call('demand.list', { departmentId: 'dept-02' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lists overdue demands and escalated ones, latest escalation first', async () => {
    const overdue = await list(DEMO.district, { overdue: true });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => r.overdue)).toBe(true);
    expect((await list(DEMO.district)).filter((r) => r.overdue).length).toBe(overdue.length);

    // Two deadlines missed in a row escalate a demand (督办): the review, then the first contact.
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '融资', title: '督办清单测试', description: '用于测试区级督办清单的筛选。' }));
    await t.cloud.fireTimer('cron', 'hourly', new Date(Date.now() + 10 * DAY));
    const { version } = dataOf(await t.as(DEMO.steward).call('demand.get', { id }));
    dataOf(await t.as(DEMO.steward).call('demand.dispatch', { id, version, departmentId: 'dept-01', complexity: 'simple' }));
    await t.cloud.fireTimer('cron', 'hourly', new Date(Date.now() + 20 * DAY));
    const escalated = await list(DEMO.district, { escalated: true });
    expect(escalated.map((r) => r.id)).toContain(id);
    expect(idsOf(escalated)).toEqual(idsOf(await stored({ escalatedAt: t.cloud.database().command.exists(true) })));
    expect(escalated.every((r) => r.escalated)).toBe(true);
    expect(escalated[0].id).toBe(id);
    expect((await list(DEMO.unitAdmin, { escalated: true })).map((r) => r.id)).toContain(id);
    expect((await list(DEMO.otherUnitAdmin, { escalated: true })).map((r) => r.id)).not.toContain(id);
  });

  it('exports what the district selected as a workbook, read back here row by row', async () => {
    const [late] = await list(DEMO.district, { overdue: true });
    const [{ unitId }] = await stored({ _id: late.id });
    const [unit] = await t.read<{ name: string }>('units', { _id: unitId });
    const selected = await list(DEMO.district, { unitId, overdue: true });
    expect(selected.length).toBeGreaterThan(0);
    const exported = dataOf(await t.as(DEMO.district).call('demand.export', { unitId, overdue: true }));
    expect(exported).toMatchObject({ rows: selected.length, url: expect.stringContaining('/local/storage/exports/demands-') });
    const cloudPath = exported.fileID.replace(/^cloud:\/\/[^/]+\//, '');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(t.cloud.storageDir, cloudPath)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('诉求清单')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(['提交时间', '诉求标题', '类别', '紧急程度', '状态', '企业', '属地单位', '服务管家', '办理部门', '当前环节', '环节期限', '是否逾期', '督办', '管家代提']);
    expect(sheet.rowCount).toBe(selected.length + 1);
    const column = (name: string) => header.indexOf(name) + 1;
    for (let i = 0; i < selected.length; i++) {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(column('企业')).value).toBe(selected[i].enterpriseName);
      expect(row.getCell(column('属地单位')).value).toBe(unit.name);
      expect(row.getCell(column('是否逾期')).value).toBe('逾期');
    }
  });

  it('exports a unit admin its own unit, and refuses it another unit and a steward', async () => {
    expect(await t.as(DEMO.otherUnitAdmin).call('demand.export', { unitId: 'unit-z01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.steward).call('demand.export', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const own = dataOf(await t.as(DEMO.unitAdmin).call('demand.export', {}));
    expect(own.rows).toBe((await stored({ unitId: 'unit-z01' })).length);
  });
});
