import { SMALL, seedSmallOrg } from '../support/small-org';
import { dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * A unit's stewards' summaries (`summary.list` of 'stewards') as its reviewer pages them: the
 * chips count what is stored, each state pages to its end with every row once, the stewards yet
 * to start are those active without a summary, and each reviewer stays in their scope.
 */
const YEAR = 2026;
const STATES = ['submitted', 'returned', 'draft', 'not_started', 'accepted'] as const;
type State = (typeof STATES)[number];
type Row = { subjectId: string; subjectName: string; state: State; summaryId?: string };
type Page = { items: Row[]; page: number; pageSize: number; hasMore: boolean };

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 2));

/** Stewards of unit-a beyond the two the small org has, and a summary for some of them. */
const seedUnit = (t: TestCloud) => {
  const steward = (n: number, status = 'active', unitId = 'unit-a') => ({
    _id: `u-s${String(n).padStart(2, '0')}`, openid: `s${n}`, role: 'steward', name: `管家${String(n).padStart(2, '0')}`, status, unitId, createdAt: day(0),
  });
  const summary = (stewardId: string, name: string, status: string, updated: number, unitId = 'unit-a') => ({
    _id: `${YEAR}-steward-${stewardId}`, year: YEAR, kind: 'steward', subjectId: stewardId, subjectName: name, unitId, unitName: unitId === 'unit-a' ? '甲管理局' : '乙镇', stewardId,
    status, version: 1, sections: { duties: '', results: '', satisfaction: '', problems: '', plans: '' }, returns: status === 'returned' ? [{ at: day(updated), by: 'u-unit-admin-a', byName: '甲单位总管家', reason: '请补充' }] : [],
    ...(status === 'submitted' || status === 'accepted' ? { submittedAt: day(updated), late: false } : {}),
    ...(status === 'accepted' ? { acceptedAt: day(updated + 1) } : {}),
    createdBy: stewardId, createdAt: day(0), updatedBy: stewardId, updatedAt: day(updated),
  });
  const stewards = Array.from({ length: 30 }, (_, i) => steward(i + 1));
  // Two who left: one after writing (still a row, in its state), one before (no row).
  const gone = [steward(31, 'disabled'), steward(32, 'disabled')];
  const statusOf = (n: number) => (n <= 23 ? 'submitted' : n <= 25 ? 'returned' : n === 26 ? 'draft' : n === 27 ? 'accepted' : null);
  const summaries = stewards.flatMap((s, i) => (statusOf(i + 1) ? [summary(s._id, s.name, statusOf(i + 1)!, 30 - i)] : []));
  summaries.push(summary('u-s31', '管家31', 'accepted', 3));
  // Another unit's summary, and one of unit-a's stewards renamed since writing theirs.
  summaries.push(summary('u-steward-c', '管家丙', 'submitted', 2, 'unit-b'));
  summaries.push(summary('u-steward-a', '管家甲（旧名）', 'submitted', 40));
  t.cloud.engine.insertMany('users', [...stewards, ...gone, steward(33, 'active', 'unit-b')]);
  t.cloud.engine.insertMany('summaries', summaries);
};

describe('a unit\'s stewards\' summaries, paged by state', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud({ seed: false });
    seedSmallOrg(t);
    seedUnit(t);
  });
  afterEach(() => t.close());

  const list = (openid: string, input: object) => t.as(openid).call('summary.list', { year: YEAR, of: 'stewards', ...input });
  const pageOf = async (openid: string, input: object) => dataOf(await list(openid, input));
  /** Every page of a state, in order. */
  const allPages = async (openid: string, state: State, pageSize: number, unitId?: string) => {
    const pages: Page[] = [];
    for (let page = 1; page === 1 || pages.at(-1)!.hasMore; page++) {
      const view = await pageOf(openid, { state, page, pageSize, ...(unitId ? { unitId } : {}) });
      expect(view.state).toBe(state);
      pages.push(view.stewards);
      if (page > 20) throw new Error('the pages never end');
    }
    return pages;
  };

  /** The rows as the list defines them, from what is stored: each active steward of the unit and each summary written there. */
  const expectedRows = async (unitId: string): Promise<Map<string, State>> => {
    const [users, summaries] = await Promise.all([t.read('users', { role: 'steward', unitId }), t.read('summaries', { year: YEAR, kind: 'steward', unitId })]);
    const rows = new Map<string, State>(users.filter((u) => u.status === 'active').map((u) => [u._id, 'not_started']));
    for (const s of summaries) rows.set(s.subjectId, s.status);
    return rows;
  };

  it('counts each state as stored, and the pages of every state hold each row exactly once', async () => {
    const expected = await expectedRows('unit-a');
    const view = await pageOf(SMALL.unitAdminA, {});
    const byState = Object.fromEntries(STATES.map((s) => [s, [...expected.values()].filter((v) => v === s).length]));
    expect(byState).toEqual({ submitted: 24, returned: 2, draft: 1, not_started: 4, accepted: 2 });
    expect(view.counts).toEqual(byState);
    // The reviewer's queue first.
    expect(view).toMatchObject({ of: 'stewards', unitId: 'unit-a', unitName: '甲管理局', state: 'submitted', unitSummary: { state: 'not_started' } });

    const seen = new Map<string, State>();
    for (const state of STATES) {
      const rows = (await allPages(SMALL.unitAdminA, state, 7)).flatMap((p) => p.items);
      expect([state, rows.length]).toEqual([state, view.counts[state]]);
      for (const row of rows) {
        expect(seen.has(row.subjectId)).toBe(false);
        seen.set(row.subjectId, row.state);
      }
    }
    expect(seen).toEqual(expected);
  });

  it('pages the submitted to the end, the longest waiting first, each once, with the stewards\' names as they are now', async () => {
    const pages = await allPages(SMALL.unitAdminA, 'submitted', 10);
    expect(pages.map((p) => [p.page, p.items.length, p.hasMore])).toEqual([[1, 10, true], [2, 10, true], [3, 4, false]]);
    const rows = pages.flatMap((p) => p.items);
    expect(new Set(rows.map((r) => r.subjectId)).size).toBe(24);
    expect(rows.every((r) => r.state === 'submitted' && r.summaryId === `${YEAR}-steward-${r.subjectId}`)).toBe(true);
    // Updated on day 30 - i: s23 waited longest, s01 least, steward A (day 40) last.
    expect(rows.slice(0, 3).map((r) => r.subjectName)).toEqual(['管家23', '管家22', '管家21']);
    expect(rows.at(-1)).toMatchObject({ subjectId: 'u-steward-a', subjectName: '管家甲' });
    // Another unit's summary is not among them.
    expect(rows.find((r) => r.subjectId === 'u-steward-c')).toBeUndefined();
  });

  it('lists as not started the active stewards without a summary, by name, and not one who left', async () => {
    const rows = (await allPages(SMALL.unitAdminA, 'not_started', 2)).flatMap((p) => p.items);
    // By name as the database orders text (by code point: the digits before 乙).
    expect(rows.map((r) => r.subjectName)).toEqual(['管家28', '管家29', '管家30', '管家乙']);
    expect(rows.every((r) => r.state === 'not_started' && r.summaryId === undefined)).toBe(true);
    // The app's page size: the same rows on one page, read past the stewards who have written.
    const one = (await pageOf(SMALL.unitAdminA, { state: 'not_started' })).stewards;
    expect([one.items.map((r: Row) => r.subjectName), one.hasMore]).toEqual([rows.map((r) => r.subjectName), false]);
    // The one who left after writing is a row of their summary's state; the one who left before is none.
    const accepted = (await allPages(SMALL.unitAdminA, 'accepted', 20)).flatMap((p) => p.items);
    expect(accepted.map((r) => r.subjectId).sort()).toEqual(['u-s27', 'u-s31']);
    expect([...rows, ...accepted].find((r) => r.subjectId === 'u-s32')).toBeUndefined();
  });

  it('keeps a unit admin to their unit; the district names the unit', async () => {
    expect(await list(SMALL.unitAdminA, { unitId: 'unit-b' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await list(SMALL.unitAdminB, { unitId: 'unit-a', state: 'not_started' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await list(SMALL.district, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { unitId: '请选择单位' } } });
    const b = await pageOf(SMALL.district, { unitId: 'unit-b' });
    expect(b).toMatchObject({ unitId: 'unit-b', unitName: '乙镇', counts: { submitted: 1, not_started: 1, accepted: 0 } });
    expect(b.stewards.items.map((r: Row) => [r.subjectName, r.state])).toEqual([['管家丙', 'submitted']]);
    const notStarted = await pageOf(SMALL.district, { unitId: 'unit-b', state: 'not_started' });
    expect(notStarted.stewards.items.map((r: Row) => r.subjectName)).toEqual(['管家33']);
    expect((await pageOf(SMALL.district, { unitId: 'unit-a' })).counts).toEqual((await pageOf(SMALL.unitAdminA, {})).counts);
  });

  it('refuses a state or page it does not know, in words', async () => {
    expect(await list(SMALL.unitAdminA, { state: 'lost' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { state: '请选择总结状态' } } });
    expect(await list(SMALL.unitAdminA, { pageSize: 500 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { pageSize: expect.any(String) } } });
    expect(await list(SMALL.unitAdminA, { page: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { page: expect.any(String) } } });
    expect(await t.as(SMALL.unitAdminA).call('summary.list', { year: YEAR, of: 'everyone' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { of: '请选择列表' } } });
  });
});
