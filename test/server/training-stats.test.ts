import { trainingStatsRepo, type StewardRef, type TrainingCounters } from '../../server/db/training-stats.repo';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const YEAR = 2026;
const UNIT = 'unit-z01';
type Row = { subjectId: string; name: string; hours: number; completed: number; requiredAssigned: number; requiredCompleted: number; overdue: number; completionRate: number | null };
type Steward = { _id: string; name: string };

/** A unit's view of its stewards: its total and one page of them (training.stats naming or being the unit). */
describe('training.stats of one unit', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const db = () => t.cloud.database() as never;
  const bump = (userId: string, inc: Partial<TrainingCounters>, year = YEAR, unitId = UNIT) =>
    t.cloud.run(() => trainingStatsRepo.bump(db(), year, [{ userId, unitId } satisfies StewardRef], inc));
  const addSteward = (_id: string, name: string, extra: object = {}) =>
    t.cloud.run(() => t.cloud.database().collection('users').add({ data: { _id, role: 'steward', name, status: 'active', unitId: UNIT, createdAt: new Date(), ...extra } }));
  const stats = (input: object, openid: string = DEMO.unitAdmin) => t.as(openid).call('training.stats', { year: YEAR, ...input });

  /** Every page of a view, in order, as the app's list loads them. */
  const everyPage = async (view: string, pageSize: number, openid?: string, unitId?: string) => {
    const pages: Array<{ items: Row[]; hasMore: boolean }> = [];
    for (let page = 1; ; page++) {
      const answer = dataOf(await stats({ view, page, pageSize, ...(unitId ? { unitId } : {}) }, openid));
      pages.push(answer.stewards);
      if (!answer.stewards.hasMore || page > 50) return pages;
    }
  };

  /** Fourteen more stewards (two of one name), one who has left, one in another unit; counters for some. */
  const arrange = async () => {
    const names = ['王磊', '陈静', '王磊', '李娜', '张伟', '刘洋', '赵敏', '孙杰', '周婷', '吴昊', '郑爽', '钱峰', '冯雪', '何平'];
    for (const [i, name] of names.entries()) await addSteward(`u-train-${String(14 - i).padStart(2, '0')}`, name);
    await addSteward('u-train-left', '已离岗管家', { status: 'disabled' });
    await addSteward('u-train-other', '外单位管家', { unitId: 'unit-t01' });
    await bump('u-train-07', { requiredAssigned: 3, overdue: 3 });
    await bump('u-train-03', { requiredAssigned: 2, requiredCompleted: 1, overdue: 1, hours: 2, completed: 1 });
    await bump('u-train-11', { requiredAssigned: 1, overdue: 1 });
    await bump('u-train-12', { requiredAssigned: 4, requiredCompleted: 2, overdue: 2 });
    await bump('u-train-05', { hours: 6, completed: 3, requiredAssigned: 2, requiredCompleted: 2 });
    await bump('u-train-09', { requiredAssigned: 1 });
    // Counted in the unit while they were here; gone from the full list, still in the overdue one.
    await bump('u-train-left', { requiredAssigned: 1, hours: 1, completed: 1, overdue: 1 });
    // Neither of these is the unit's this year.
    await bump('u-train-other', { requiredAssigned: 5, overdue: 5 }, YEAR, 'unit-t01');
    await bump('u-train-08', { requiredAssigned: 2, overdue: 2 }, YEAR - 1);
    return (await t.read<Steward & { status: string }>('users', { role: 'steward', unitId: UNIT, status: 'active' })).map(({ _id, name }) => ({ _id, name }));
  };

  it('pages every active steward of the unit exactly once, by name then id, with zeros for those without counters', async () => {
    const active = await arrange();
    expect(active.length).toBeGreaterThan(15);
    const pages = await everyPage('all', 4);
    expect(pages.slice(0, -1).every((p) => p.items.length === 4 && p.hasMore)).toBe(true);
    const rows = pages.flatMap((p) => p.items);
    const byName = [...active].sort((a, b) => (a.name === b.name ? (a._id < b._id ? -1 : 1) : a.name < b.name ? -1 : 1));
    expect(rows.map((r) => r.subjectId)).toEqual(byName.map((s) => s._id));
    expect(new Set(rows.map((r) => r.subjectId)).size).toBe(active.length);
    expect(rows.map((r) => r.name)).toEqual(byName.map((s) => s.name));
    // The two 王磊 come in id order.
    expect(rows.filter((r) => r.name === '王磊').map((r) => r.subjectId)).toEqual(['u-train-12', 'u-train-14']);

    const row = (id: string) => rows.find((r) => r.subjectId === id);
    expect(row('u-train-01')).toEqual({ subjectId: 'u-train-01', name: '何平', hours: 0, completed: 0, requiredAssigned: 0, requiredCompleted: 0, overdue: 0, completionRate: null });
    expect(row('u-train-03')).toMatchObject({ hours: 2, completed: 1, requiredAssigned: 2, requiredCompleted: 1, overdue: 1, completionRate: 0.5 });
    // Last year's counters are not this year's.
    expect(row('u-train-08')).toMatchObject({ requiredAssigned: 0, overdue: 0 });
    expect(row('u-train-left')).toBeUndefined();
    expect(row('u-train-other')).toBeUndefined();
  });

  it('lists the stewards with overdue required courses, most overdue first, then by id, page by page', async () => {
    await arrange();
    const pages = await everyPage('overdue', 2);
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => p.items).map((r) => [r.subjectId, r.overdue])).toEqual([
      ['u-train-07', 3], ['u-train-12', 2], ['u-train-03', 1], ['u-train-11', 1], ['u-train-left', 1],
    ]);
    expect(pages[0].items[0]).toMatchObject({ name: '孙杰', requiredAssigned: 3, completionRate: 0 });
    // The first view when none is named.
    expect(dataOf(await stats({})).stewards.items.map((r: Row) => r.subjectId)).toEqual(['u-train-07', 'u-train-12', 'u-train-03', 'u-train-11', 'u-train-left']);
  });

  it('answers the unit\'s total from its kept row: the sum of its stewards\' stored counters, whichever page is shown', async () => {
    await arrange();
    const stored = await t.read('training_stats', { year: YEAR, dimension: 'steward', unitId: UNIT });
    const sum = (key: keyof TrainingCounters) => stored.reduce((n: number, r: TrainingCounters) => n + r[key], 0);
    const expected = { hours: sum('hours'), completed: sum('completed'), requiredAssigned: sum('requiredAssigned'), requiredCompleted: sum('requiredCompleted'), overdue: sum('overdue') };
    expect(expected).toEqual({ hours: 9, completed: 5, requiredAssigned: 14, requiredCompleted: 5, overdue: 8 });
    for (const input of [{ view: 'overdue', pageSize: 1 }, { view: 'all', page: 2, pageSize: 3 }]) {
      const answer = dataOf(await stats(input));
      expect(answer).toMatchObject({ year: YEAR, rows: 'steward', unitId: UNIT, total: { subjectId: UNIT, name: expect.any(String), ...expected, completionRate: 5 / 14 } });
    }
    // The district's row of the unit says the same.
    const district = dataOf(await stats({}, DEMO.district));
    expect(district.items.find((r: Row) => r.subjectId === UNIT)).toMatchObject(expected);
  });

  it('has zeros for a unit with nothing this year', async () => {
    const answer = dataOf(await stats({ view: 'all', pageSize: 50 }));
    expect(answer.total).toMatchObject({ hours: 0, requiredAssigned: 0, overdue: 0, completionRate: null });
    expect(answer.stewards.items.length).toBeGreaterThan(0);
    expect(answer.stewards.items.every((r: Row) => r.hours === 0 && r.completionRate === null)).toBe(true);
    expect(dataOf(await stats({ view: 'overdue' })).stewards).toEqual({ items: [], page: 1, pageSize: 20, hasMore: false });
  });

  it('lets the district name a unit, and a unit admin read only their own', async () => {
    await arrange();
    for (const view of ['overdue', 'all']) {
      const own = await everyPage(view, 5);
      expect(await everyPage(view, 5, DEMO.district, UNIT)).toEqual(own);
    }
    expect(dataOf(await stats({ unitId: UNIT, view: 'all', pageSize: 1 }))).toMatchObject({ unitId: UNIT, stewards: { page: 1, pageSize: 1, hasMore: true } });
    expect(await stats({ unitId: UNIT }, DEMO.otherUnitAdmin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只能查看本单位' } });
    // Their own unit shows none of unit-z01's stewards.
    const other = dataOf(await stats({ view: 'overdue' }, DEMO.otherUnitAdmin));
    expect(other.stewards.items.map((r: Row) => r.subjectId)).toEqual(['u-train-other']);
    expect(await stats({ unitId: 'unit-none' }, DEMO.district)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '单位不存在' } });
  });

  it('refuses bad input with VALIDATION_FAILED and a message in Chinese', async () => {
    const refused = async (input: object, field: string, message: string) =>
      expect(await t.as(DEMO.unitAdmin).call('training.stats', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { [field]: message } } });
    await refused({ year: YEAR, view: 'late' }, 'view', '请选择查看哪些管家');
    await refused({ year: 2023 }, 'year', '年度有误');
    await refused({}, 'year', '请选择年度');
    await refused({ year: YEAR, pageSize: 51 }, 'pageSize', expect.stringMatching(/[\u4e00-\u9fff]/) as never);
    await refused({ year: YEAR, page: 0 }, 'page', expect.stringMatching(/[\u4e00-\u9fff]/) as never);
  });
});
