import { cadenceDueDates, cadenceStatus } from '../../src/core/contact/cadence';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

type Enterprise = { _id: string; name: string; unitId: string; stewardId: string; status: string; createdAt: Date; lastContactAt?: Date; lastVisitAt?: Date; contactCadenceDays?: number; visitCadenceDays?: number; cadenceDueAt?: Date };
type Row = { enterpriseId: string; state: string; contactDueAt: string; visitDueAt: string };

describe('per-steward pages and the district cadence view', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const enterprises = (filter: object = {}) => t.read<Enterprise>('enterprises', { status: 'active', ...filter });
  const overdueOf = (list: Enterprise[]) => list.filter((e) => cadenceStatus({ ...e, since: e.createdAt }, new Date()).state === 'overdue');
  const cadencePages = async (openid: string, input: object): Promise<Row[]> => {
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const result = dataOf(await t.as(openid).call('cadence.list', { ...input, page, pageSize: 20 }));
      rows.push(...result.items);
      if (!result.hasMore) return rows;
    }
  };
  const contact = (enterpriseId: string, type = '电话') => ({ enterpriseId, type, at: new Date().toISOString(), who: '总经理', topics: '了解经营情况', outcome: '企业运行平稳', ...(type === '上门走访' ? { checkIn: { at: new Date().toISOString(), latitude: 31.22, longitude: 121.55, photoFileIds: [] } } : {}) });

  it('shows a unit admin and the district one steward: load, coverage, contacts, demands and ratings', async () => {
    const served = await enterprises({ stewardId: 'u-steward-01' });
    const byUnit = dataOf(await t.as(DEMO.unitAdmin).call('steward.overview', { stewardId: 'u-steward-01', days: 365 }));
    const byDistrict = dataOf(await t.as(DEMO.district).call('steward.overview', { stewardId: 'u-steward-01', days: 365 }));
    expect(byDistrict).toEqual(byUnit);
    expect(byUnit.steward).toMatchObject({ id: 'u-steward-01', unitId: 'unit-z01', unitName: '陆家嘴管理局', liaisonNames: expect.arrayContaining([expect.any(String)]) });
    expect(byUnit.load).toEqual({ enterprises: served.length, overloaded: served.length > 10 });
    expect(byUnit.coverage.enterprises).toBe(served.length);
    expect(byUnit.coverage.contactOverdue + byUnit.coverage.contactedInCadence).toBe(served.length);
    expect(byUnit.pressing.map((r: Row) => r.enterpriseId)).toContain('ent-001');

    const since = new Date(`${byUnit.period.from}T00:00:00+08:00`);
    const contacts = (await t.read<{ at: Date; type: string }>('contacts', { stewardId: 'u-steward-01' })).filter((c) => new Date(c.at) >= since);
    expect(byUnit.contacts.total).toBe(contacts.length);
    expect(byUnit.contacts.visits).toBe(contacts.filter((c) => c.type === '上门走访').length);
    const demands = await t.read<{ createdAt: Date; closedAt?: Date; closeReason?: string; ratings?: Array<{ at: Date }> }>('demands', { stewardId: 'u-steward-01' });
    const inPeriod = (at?: Date) => !!at && new Date(at) >= since;
    expect(byUnit.demands.received).toBe(demands.filter((d) => inPeriod(d.createdAt)).length);
    expect(byUnit.demands.closed).toBe(demands.filter((d) => d.closeReason !== 'withdrawn' && inPeriod(d.closedAt)).length);
    expect(byUnit.demands.closed).toBeGreaterThan(0);
    expect(byUnit.satisfaction.rated).toBe(demands.filter((d) => inPeriod(d.ratings?.[0]?.at)).length);
    expect(byUnit.demandsNow.open).toBe((await t.read('demands', { stewardId: 'u-steward-01' })).filter((d: { status: string }) => !['closed', 'withdrawn'].includes(d.status)).length);
  });

  it('follows a contact at once: the enterprise leaves the overdue counts and its stored due date moves on', async () => {
    const before = dataOf(await t.as(DEMO.unitAdmin).call('steward.overview', { stewardId: 'u-steward-01', days: 30 }));
    expect(before.coverage.visitOverdue).toBeGreaterThan(0);
    dataOf(await t.as(DEMO.steward).call('contact.record', contact('ent-001', '上门走访')));
    const after = dataOf(await t.as(DEMO.unitAdmin).call('steward.overview', { stewardId: 'u-steward-01', days: 30 }));
    expect(after.coverage.visitOverdue).toBe(before.coverage.visitOverdue - 1);
    expect(after.contacts.visits).toBe(before.contacts.visits + 1);
    expect(after.recentContacts[0]).toMatchObject({ enterpriseId: 'ent-001', type: '上门走访' });
    const [stored] = await t.read<Enterprise>('enterprises', { _id: 'ent-001' });
    expect(stored.cadenceDueAt).toEqual(cadenceDueDates({ ...stored, since: stored.createdAt }).nextDueAt);
    expect(new Date(stored.cadenceDueAt!).getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses another unit steward, an account that is no steward, and a steward asking', async () => {
    const other = (await t.read<{ _id: string }>('users', { role: 'steward', unitId: 'unit-t01' }))[0];
    expect(await t.as(DEMO.unitAdmin).call('steward.overview', { stewardId: other._id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.district).call('steward.overview', { stewardId: 'u-liaison-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.as(DEMO.steward).call('steward.overview', { stewardId: 'u-steward-01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.district).call('steward.overview', { stewardId: 'u-steward-01', days: 7 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('gives the district every overdue enterprise, most overdue first, a page at a time to the end, and by unit', async () => {
    const expected = overdueOf(await enterprises());
    expect(expected.length).toBeGreaterThan(20);
    const rows = await cadencePages(DEMO.district, { state: 'overdue' });
    expect(rows.map((r) => r.enterpriseId).sort()).toEqual(expected.map((e) => e._id).sort());
    expect(new Set(rows.map((r) => r.enterpriseId)).size).toBe(rows.length);
    expect(rows.every((r) => r.state === 'overdue')).toBe(true);
    const next = rows.map((r) => Math.min(Date.parse(r.contactDueAt), Date.parse(r.visitDueAt)));
    expect(next).toEqual([...next].sort((a, b) => a - b));

    const inUnit = await cadencePages(DEMO.district, { state: 'overdue', unitId: 'unit-z02' });
    expect(inUnit.map((r) => r.enterpriseId).sort()).toEqual(overdueOf(await enterprises({ unitId: 'unit-z02' })).map((e) => e._id).sort());
    // The unit admin's own view (the same index) and a steward's (computed from its few enterprises) agree with the rule.
    const own = await cadencePages(DEMO.unitAdmin, { state: 'overdue' });
    expect(own.map((r) => r.enterpriseId).sort()).toEqual(overdueOf(await enterprises({ unitId: 'unit-z01' })).map((e) => e._id).sort());
    const steward = await cadencePages(DEMO.steward, { state: 'overdue' });
    expect(steward.map((r) => r.enterpriseId).sort()).toEqual(overdueOf(await enterprises({ stewardId: 'u-steward-01' })).map((e) => e._id).sort());
    expect(await t.as(DEMO.unitAdmin).call('cadence.list', { unitId: 'unit-z02' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('moves the stored due date with a cadence change, and the hourly job stores it where it is missing', async () => {
    dataOf(await t.as(DEMO.unitAdmin).call('enterprise.update', { id: 'ent-002', contactCadenceDays: 7 }));
    const [changed] = await t.read<Enterprise>('enterprises', { _id: 'ent-002' });
    expect(changed.contactCadenceDays).toBe(7);
    expect(changed.cadenceDueAt).toEqual(cadenceDueDates({ ...changed, since: changed.createdAt }).nextDueAt);

    // Enterprises written before the field existed: out of the district view until the job runs.
    const _ = t.cloud.database().command;
    await t.cloud.run(() => t.cloud.database().collection('enterprises').where({ unitId: 'unit-z02' }).update({ data: { cadenceDueAt: _.remove() } }));
    const missing = overdueOf(await enterprises({ unitId: 'unit-z02' }));
    expect(await cadencePages(DEMO.district, { state: 'overdue', unitId: 'unit-z02' })).toEqual([]);
    const fired = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { storeCadenceDue: { changed: number } } } };
    expect(fired.data.jobs.storeCadenceDue.changed).toBe((await t.read('enterprises', { unitId: 'unit-z02' })).length);
    expect((await cadencePages(DEMO.district, { state: 'overdue', unitId: 'unit-z02' })).map((r) => r.enterpriseId).sort()).toEqual(missing.map((e) => e._id).sort());
    const again = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { storeCadenceDue: { changed: number } } } };
    expect(again.data.jobs.storeCadenceDue.changed).toBe(0);
  });
});
