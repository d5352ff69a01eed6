import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

interface Row { id: string; name: string; enterprises: number; overloaded: boolean; bound: boolean; status: string; liaisonNames: string[] }
interface Stored { _id: string; name: string; role: string; unitId?: string; status: string; openid?: string; stewardId?: string }

/**
 * A unit's stewards a page at a time (org.stewards): every steward once, by name, with the loads
 * counted for the page alone; a name search; only those who can take enterprises when asked.
 */
describe('the steward roster', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const allPages = async (openid: string, input: object, pageSize = 2) => {
    const rows: Row[] = [];
    const totals = new Set<number>();
    for (let page = 1; ; page++) {
      const result = dataOf(await t.as(openid).call('org.stewards', { ...input, page, pageSize }));
      rows.push(...result.items);
      totals.add(result.total);
      if (!result.hasMore) return { rows, totals: [...totals] };
    }
  };
  const byName = (a: Stored, b: Stored) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a._id < b._id ? -1 : 1);

  it('pages through every steward of the unit once, by name, each with the loads of the stored records', async () => {
    const stored: Stored[] = (await t.read('users', { role: 'steward', unitId: 'unit-z01' })).sort(byName);
    expect(stored.length).toBeGreaterThan(3);
    const { rows, totals } = await allPages(DEMO.unitAdmin, {});
    expect(rows.map((r) => r.id)).toEqual(stored.map((s) => s._id));
    expect(totals).toEqual([stored.length]);

    const enterprises = await t.read('enterprises', { unitId: 'unit-z01', status: 'active' });
    const liaisons: Stored[] = await t.read('users', { role: 'liaison', status: 'active' });
    for (const row of rows) {
      const served = enterprises.filter((e: { stewardId?: string }) => e.stewardId === row.id).length;
      expect(row).toMatchObject({ enterprises: served, overloaded: served > 10 });
      expect(row.liaisonNames.sort()).toEqual(liaisons.filter((l) => l.stewardId === row.id).map((l) => l.name).sort());
    }
    expect(rows.some((r) => r.liaisonNames.length > 0)).toBe(true);
  });

  it('finds stewards by a part of their name, and offers only active, bound ones to take enterprises', async () => {
    const stored: Stored[] = await t.read('users', { role: 'steward', unitId: 'unit-z01' });
    const part = stored.find((s) => s._id === 'u-pending-steward')!.name.slice(-2);
    const found = await allPages(DEMO.unitAdmin, { keyword: part });
    expect(found.rows.map((r) => r.id).sort()).toEqual(stored.filter((s) => s.name.includes(part)).map((s) => s._id).sort());

    // A steward who left (disabled after a handover, here written directly).
    await t.cloud.run(() => t.cloud.database().collection('users').doc('u-steward-04').update({ data: { status: 'disabled' } }));
    const assignable = await allPages(DEMO.unitAdmin, { assignable: true });
    const expected = (await t.read('users', { role: 'steward', unitId: 'unit-z01' }) as Stored[]).filter((s) => s.status === 'active' && s.openid).sort(byName);
    expect(assignable.rows.map((r) => r.id)).toEqual(expected.map((s) => s._id));
    expect(assignable.rows.map((r) => r.id)).not.toContain('u-pending-steward');
    expect(assignable.rows.map((r) => r.id)).not.toContain('u-steward-04');
    // The one handing over is not offered to take their own enterprises, nor counted.
    const others = await allPages(DEMO.unitAdmin, { assignable: true, exceptId: 'u-steward-01' });
    expect(others.rows.map((r) => r.id)).toEqual(expected.map((s) => s._id).filter((id) => id !== 'u-steward-01'));
    expect(others.totals).toEqual([expected.length - 1]);
  });

  it('shows the district the unit it names, refuses another unit to a unit admin, and says what is wrong with the input', async () => {
    const z02 = await allPages(DEMO.district, { unitId: 'unit-z02' }, 50);
    expect(z02.rows.length).toBe((await t.read('users', { role: 'steward', unitId: 'unit-z02' })).length);
    expect(await t.as(DEMO.district).call('org.stewards', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { unitId: '请选择单位' } } });
    expect(await t.as(DEMO.unitAdmin).call('org.stewards', { unitId: 'unit-z02' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.unitAdmin).call('org.stewards', { keyword: '长'.repeat(21) })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { keyword: '姓名不超过 20 个字' } } });
  });

  it('names each liaison’s steward in the unit’s liaison list', async () => {
    const liaisons = dataOf(await t.as(DEMO.unitAdmin).call('account.list', { role: 'liaison', pageSize: 50 })).items;
    expect(liaisons.length).toBeGreaterThan(0);
    const names = new Map(((await t.read('users', { role: 'steward' })) as Stored[]).map((s) => [s._id, s.name]));
    for (const l of liaisons) expect(l.stewardName).toBe(l.stewardId ? names.get(l.stewardId) : undefined);
  });
});
