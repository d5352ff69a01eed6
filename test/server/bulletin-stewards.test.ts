import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * A big unit's steward ranking in the monthly bulletin: unit-z02 grown to some seventy stewards
 * (more than a page, more than a stored chunk). Its section keeps the first page; the page reads
 * the rest a page at a time; the exports still print every line.
 */
const SEEDED = new Date('2026-12-01T00:00:00Z');
const MORNING = new Date('2026-12-01T00:30:00Z');
const ID = 'bulletin-2026-11';
const UNIT = 'unit-z02';
const EXTRA = 63;
const FIRST_PAGE = 20;
const month = { kind: 'month', date: '2026-11-15' } as const;
const refused = (code: string) => ({ ok: false, error: { code } });

type Line = { id: string; name: string; rank: number | null; score: number | null; flags: unknown[]; [k: string]: unknown };
type Page = { items: Line[]; page: number; pageSize: number; hasMore: boolean };

describe('a big unit’s steward lines in the monthly bulletin', () => {
  let t: TestCloud;
  let ranking: Line[];
  let unitName: string;
  beforeAll(async () => {
    t = openTestCloud({ now: SEEDED });
    const stewards = Array.from({ length: EXTRA }, (_, i) => ({
      _id: `u-big-${String(i).padStart(3, '0')}`, openid: `big-${i}`, role: 'steward', name: `大单位管家${String(i).padStart(3, '0')}`, status: 'active', unitId: UNIT, createdAt: new Date('2025-01-01T00:00:00Z'),
    }));
    t.cloud.engine.insertMany('users', stewards);
    await t.cloud.fireTimer('cron', 'morning', MORNING);
    ranking = await wholeRanking(UNIT);
    unitName = (await t.read('units', { _id: UNIT }))[0].name;
  }, 60_000);
  afterAll(() => t.close());

  /** A unit's steward ranking as figures.ranking pages it, every page. */
  const wholeRanking = async (unitId: string): Promise<Line[]> => {
    const rows: Line[] = [];
    for (let page = 1; ; page++) {
      const view = dataOf(await t.as(DEMO.district).call('figures.ranking', { of: 'stewards', unitId, period: month, page, pageSize: 50 }));
      rows.push(...view.rows);
      if (!view.paging.hasMore) return rows;
    }
  };

  const stewardsPage = (openid: string, input: object) => t.as(openid).call<Page>('bulletin.stewards', { id: ID, ...input });
  const pageThrough = async (openid: string, input: object, pageSize: number) => {
    const lines: Line[] = [];
    let calls = 0;
    for (let page = 1, more = true; more; page++) {
      const got = dataOf(await stewardsPage(openid, { ...input, page, pageSize }));
      calls++;
      lines.push(...got.items);
      more = got.hasMore;
    }
    return { lines, calls };
  };
  const brief = (rows: Line[]) => rows.map((r) => [r.id, r.rank, r.score]);

  it('keeps the first page of lines and a chart of the same stewards in the section, every line apart', async () => {
    expect(ranking.length).toBeGreaterThan(EXTRA);
    const [section] = await t.read('bulletin_sections', { _id: `${ID}|${UNIT}` });
    expect(section.stewardCount).toBe(ranking.length);
    expect(section.stewards.rows).toHaveLength(FIRST_PAGE);
    expect(section.stewards.chart).toEqual({ labels: ranking.slice(0, FIRST_PAGE).map((r) => r.name), values: ranking.slice(0, FIRST_PAGE).map((r) => r.score) });
    const chunks = await t.read('bulletin_steward_lines', { bulletinId: ID, unitId: UNIT });
    expect(chunks.map((c: { _id: string }) => c._id).sort()).toEqual([`${ID}|${UNIT}|0000`, `${ID}|${UNIT}|0001`]);
    // Each stored line keeps its score's breakdown, for the exports.
    expect(chunks.flatMap((c: { lines: Line[] }) => c.lines).every((l: Line) => Array.isArray(l.components))).toBe(true);
  });

  it('answers the unit’s first page and how many are ranked, then pages the rest to the end once each, in rank order', async () => {
    const view = dataOf(await t.as(DEMO.district).call('bulletin.get', { id: ID, unitId: UNIT }));
    const [detail] = view.unitDetails;
    expect(detail.stewardCount).toBe(ranking.length);
    expect(brief(detail.stewards.rows)).toEqual(brief(ranking.slice(0, FIRST_PAGE)));

    // A page size that does not divide a stored chunk: pages straddle chunks.
    const { lines, calls } = await pageThrough(DEMO.district, { unitId: UNIT }, 7);
    expect(calls).toBe(Math.ceil(ranking.length / 7));
    expect(brief(lines)).toEqual(brief(ranking));
    expect(new Set(lines.map((l) => l.id)).size).toBe(ranking.length);
    expect(lines.map((l) => l.name)).toEqual(ranking.map((r) => r.name));
    expect(lines.every((l) => Array.isArray(l.flags) && !('components' in l) && !('figures' in l))).toBe(true);
    // Past the end: nothing, and no more.
    expect(dataOf(await stewardsPage(DEMO.district, { unitId: UNIT, page: 20, pageSize: 50 }))).toEqual({ items: [], page: 20, pageSize: 50, hasMore: false });
  });

  it('reads lines with the detail’s access: the district names a unit, a unit admin reads their own once published', async () => {
    expect(await stewardsPage(DEMO.district, { page: 1 })).toMatchObject(refused('VALIDATION_FAILED'));
    expect(await stewardsPage(DEMO.district, { unitId: 'unit-nowhere', page: 1 })).toMatchObject(refused('NOT_FOUND'));
    expect(await stewardsPage(DEMO.unitAdmin, { page: 1 })).toMatchObject(refused('NOT_FOUND'));
    for (const who of [DEMO.steward, DEMO.department, DEMO.enterprise]) expect(await stewardsPage(who, { unitId: UNIT, page: 1 })).toMatchObject(refused('FORBIDDEN'));

    const { version } = dataOf(await t.as(DEMO.district).call('bulletin.get', { id: ID }));
    dataOf(await t.as(DEMO.district).call('bulletin.publish', { id: ID, version }));
    expect(await stewardsPage(DEMO.unitAdmin, { unitId: UNIT, page: 1 })).toMatchObject(refused('FORBIDDEN'));
    const own = await wholeRanking('unit-z01');
    expect(brief((await pageThrough(DEMO.unitAdmin, {}, 2)).lines)).toEqual(brief(own));
  });

  const sheetLines = async (openid: string) => {
    const exported = dataOf(await t.as(openid).call('bulletin.export', { id: ID, format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(t.cloud.storageDir, exported.fileID.replace(/^cloud:\/\/[^/]+\//, ''))) as unknown as ArrayBuffer);
    return (book.getWorksheet('管家排名')!.getSheetValues().slice(2) as unknown[][]).filter((r) => r && r[3]);
  };

  it('exports every line of the big unit in rank order, beside every other unit’s', async () => {
    const rows = await sheetLines(DEMO.district);
    expect(rows.filter((r) => r[1] === unitName).map((r) => r[3])).toEqual(ranking.map((r) => r.name));
    const stewards = await t.read('users', { role: 'steward', status: 'active' });
    expect(rows.length).toBeGreaterThanOrEqual(stewards.length);
  });

  it('reads a section stored before the lines were kept apart from the section itself', async () => {
    // As generated before: every line (with its breakdown) and the chart of all of them in the section, no lines apart.
    const sectionId = `${ID}|${UNIT}`;
    const [section] = await t.read('bulletin_sections', { _id: sectionId });
    const all = (await t.read('bulletin_steward_lines', { bulletinId: ID, unitId: UNIT })).sort((a: { chunk: number }, b: { chunk: number }) => a.chunk - b.chunk).flatMap((c: { lines: Line[] }) => c.lines);
    const { _id: _ignored, stewardCount: _count, ...old } = section;
    await t.cloud.run(async () => {
      const db = t.cloud.database();
      await db.collection('bulletin_sections').doc(sectionId).set({ data: { ...old, stewards: { ...old.stewards, rows: all, chart: { labels: all.map((l: Line) => l.name), values: all.map((l: Line) => l.score) } } } });
      await db.collection('bulletin_steward_lines').where({ bulletinId: ID, unitId: UNIT }).remove();
    });

    const [detail] = dataOf(await t.as(DEMO.district).call('bulletin.get', { id: ID, unitId: UNIT })).unitDetails;
    expect(detail.stewardCount).toBe(ranking.length);
    expect(detail.stewards.rows).toHaveLength(FIRST_PAGE);
    expect(detail.stewards.chart.labels).toEqual(ranking.slice(0, FIRST_PAGE).map((r) => r.name));
    expect(brief((await pageThrough(DEMO.district, { unitId: UNIT }, 30)).lines)).toEqual(brief(ranking));
    expect((await sheetLines(DEMO.district)).filter((r) => r[1] === unitName).map((r) => r[3])).toEqual(ranking.map((r) => r.name));
  });
});
