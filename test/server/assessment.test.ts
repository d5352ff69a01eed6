import { score } from '@/core/assessment/score';
import { advanceRun, startRun } from '../../server/assessment/assessment-run';
import { dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { SMALL, seedSmallOrg } from '../support/small-org';
import { buildYear, editable } from './assessment-fixtures';

// Monday 15 June 2026, 10:00 in Shanghai: the year so far is the assessment year.
const NOW = new Date('2026-06-15T02:00:00Z');
const YEAR = 2026;

describe('the annual assessment', () => {
  let t: TestCloud;
  let ids: { x: string; y: string; w: string };
  beforeAll(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    jest.setSystemTime(NOW);
    t = openTestCloud({ seed: false, now: NOW });
    seedSmallOrg(t, NOW);
    ids = await buildYear(t);
  });
  afterAll(() => {
    t.close();
    jest.useRealTimers();
  });
  const district = () => t.as(SMALL.district);

  it('offers the demand a 非常满意 rating closed, and only it, as a model-case candidate', async () => {
    const candidates = dataOf(await district().call('course.caseCandidates', {}));
    expect(candidates.items.map((c: { demandId: string }) => c.demandId)).toEqual([ids.x]);
  });

  it('proposes the default, keeps the district’s draft with its problems, refuses a stale save and publishes only a sound scheme', async () => {
    const first = dataOf(await t.as(SMALL.unitAdminA).call('assessment.scheme', {}));
    expect(first).toMatchObject({ currentPublished: false, versions: [] });
    expect(first.current.indicators.map((i: { points: number }) => i.points)).toEqual([25, 25, 25, 10, 5, 10]);
    expect(first.draft).toBeUndefined();
    expect(await district().call('assessment.run', { year: YEAR })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('尚未发布考核方案') } });

    const broken = editable({ minRatedDemands: 1 });
    broken.indicators[0].points = 20;
    const saved = dataOf(await district().call('assessment.saveScheme', { scheme: broken, rev: 0 }));
    expect(saved.draft).toMatchObject({ rev: 1, problems: { 'points.unit': '属地单位各项指标分值合计应为 100 分，现为 95 分' } });
    expect(await district().call('assessment.saveScheme', { scheme: broken, rev: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await district().call('assessment.publishScheme', { rev: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'points.unit': expect.any(String) } } });
    expect(await t.read('assessment_schemes', { kind: 'version' })).toHaveLength(0);

    dataOf(await district().call('assessment.saveScheme', { scheme: editable({ minRatedDemands: 1 }), rev: 1 }));
    const published = dataOf(await district().call('assessment.publishScheme', { rev: 2 }));
    expect(published).toMatchObject({ currentPublished: true, versions: [{ version: 1, publishedByName: '区科经委' }], current: { version: 1, minRatedDemands: 1 } });
    expect(published.draft.rev).toBe(3);
    expect(await district().call('assessment.publishScheme', { rev: 2 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.read('assessment_schemes', { kind: 'version' })).toHaveLength(1);
  });

  it('scores the year unit by unit in batches that resume, exactly as the core scores the year’s figures', async () => {
    const db = () => t.cloud.database() as never;
    await t.cloud.run(() => startRun(db(), YEAR, 'u-district', NOW));
    const first = await t.cloud.run(() => advanceRun(db(), YEAR, NOW, { maxUnits: 1 }));
    expect(first.run).toMatchObject({ status: 'running', cursor: 1 });
    expect(await t.read('assessment_results', { unitId: 'unit-b' })).toHaveLength(0);
    // The district's call picks up at the cursor: the first unit is not scored again.
    const done = dataOf(await district().call('assessment.run', { year: YEAR }));
    expect(done).toMatchObject({ status: 'computed', unitsDone: 2, unitsTotal: 2, schemeVersion: 1 });
    expect((await t.read('audit_log', { action: 'assessment.run', outcome: 'ok' }))[0].summary).toContain('本次 1 个单位，已完成 2/2');

    const scheme = dataOf(await district().call('assessment.scheme', {})).current;
    for (const [subject, id] of [['steward', 'u-steward-a'], ['steward', 'u-steward-b'], ['steward', 'u-steward-c'], ['unit', 'unit-a'], ['unit', 'unit-b']] as const) {
      const view = dataOf(await district().call('figures.get', { period: { kind: 'year' }, slice: { dimension: subject, id } }));
      const figures = Object.fromEntries(view.figures.map((f: { key: string; value: number | null }) => [f.key, f.value]));
      const expected = score(scheme, subject, { figures, inputs: { trainingCompletionRate: null, integrityFindings: 0, summaryOnTime: null } });
      const [stored] = await t.read('assessment_results', { _id: `${YEAR}|${subject}|${id}` });
      expect({ id, total: stored.total, eligible: stored.eligible }).toEqual({ id, total: expected.total, eligible: expected.eligible });
    }
    const [a] = await t.read('assessment_results', { _id: `${YEAR}|steward|u-steward-a` });
    const satisfaction = a.result.indicators.find((i: { key: string }) => i.key === 'satisfaction');
    // First ratings only: 非常满意 and 不满意 (the second rating, 满意, does not count).
    expect(satisfaction.measures.map((m: { value: number }) => m.value)).toEqual([0.5, 0.5, 0.5]);
    expect(a.counters).toMatchObject({ first_verySatisfied: 1, first_dissatisfied: 1, first_satisfied: 0, firstBad: 1, reviewOnTime: 2 });
    expect(a.result.indicators.find((i: { key: string }) => i.key === 'summary')).toMatchObject({ applicable: false });
  });

  it('drills down from the district’s units to a unit’s stewards, a steward’s indicators and the records behind a measure', async () => {
    const year = dataOf(await district().call('assessment.year', { year: YEAR }));
    expect(year.units.items.map((u: { id: string }) => u.id).sort()).toEqual(['unit-a', 'unit-b']);
    expect(year.units.items.every((u: { rank: number | null }) => u.rank !== null)).toBe(true);
    const unit = dataOf(await district().call('assessment.unit', { year: YEAR, unitId: 'unit-a' }));
    expect(unit.stewardCount).toBe(2);
    expect(unit.stewards).toMatchObject({ page: 1, hasMore: false });
    expect(unit.stewards.items.map((s: { name: string }) => s.name).sort()).toEqual(['管家乙', '管家甲']);
    const b = unit.stewards.items.find((s: { name: string }) => s.name === '管家乙');
    expect(b).toMatchObject({ eligible: false, rank: null, ineligibleReason: '首次评价的诉求不足 1 件（0 件），不参与排名' });
    // Page by page, the same rows in the same order (a big unit's stewards are never cut off).
    const pages = [1, 2, 3].map((page) => district().call('assessment.unit', { year: YEAR, unitId: 'unit-a', page, pageSize: 1 }).then(dataOf));
    const [p1, p2, p3] = await Promise.all(pages);
    expect([p1.stewards.hasMore, p2.stewards.hasMore, p3.stewards.items]).toEqual([true, false, []]);
    expect([...p1.stewards.items, ...p2.stewards.items]).toEqual(unit.stewards.items);
    expect(await district().call('assessment.unit', { year: YEAR, unitId: 'unit-a', pageSize: 51 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });

    const detail = dataOf(await district().call('assessment.subject', { year: YEAR, subject: 'steward', id: 'u-steward-a' }));
    expect(detail).toMatchObject({ unitName: '甲管理局', row: { name: '管家甲', rank: expect.any(Number) }, evidenceKinds: { satisfiedRate: 'demands', contactCoverageRate: 'enterprises', trainingCompletionRate: 'training' } });
    expect(detail.notes.satisfaction).toContain('首次评价');
    expect(detail.evidenceKinds.integrityFindings).toBeUndefined();

    const evidence = dataOf(await district().call('assessment.evidence', { year: YEAR, stewardId: 'u-steward-a', key: 'satisfiedRate' }));
    expect(evidence.items.map((r: { id: string }) => r.id).sort()).toEqual([ids.x, ids.y].sort());
    expect(evidence.items.find((r: { id: string }) => r.id === ids.y)).toMatchObject({ link: `/pages/demand-detail/index?id=${ids.y}`, counted: [{ key: 'first_dissatisfied', label: '首次评价“不满意”', n: 1 }] });
    for (const [key, n] of Object.entries(evidence.totals)) expect(detail.counters[key]).toBe(n);
    // Page by page (each found by walking the records newest first): the same rows, and what they counted sums to the totals.
    const evidencePages = await Promise.all([1, 2, 3].map((page) => district().call('assessment.evidence', { year: YEAR, stewardId: 'u-steward-a', key: 'satisfiedRate', page, pageSize: 1 }).then(dataOf)));
    expect(evidencePages.map((p) => [p.items.length, p.hasMore])).toEqual([[1, true], [1, false], [0, false]]);
    expect(evidencePages.flatMap((p) => p.items)).toEqual(evidence.items);
    expect(evidence.items.map((r: { date: string }) => r.date)).toEqual(evidence.items.map((r: { date: string }) => r.date).sort().reverse());
    const countedSum: Record<string, number> = {};
    for (const row of evidence.items) for (const c of row.counted) countedSum[c.key] = (countedSum[c.key] ?? 0) + c.n;
    expect(countedSum).toEqual(evidence.totals);
    const review = dataOf(await district().call('assessment.evidence', { year: YEAR, stewardId: 'u-steward-a', key: 'reviewOnTimeRate' }));
    expect(review.totals).toEqual({ reviewOnTime: 2 });
    const integrity = dataOf(await district().call('assessment.evidence', { year: YEAR, stewardId: 'u-steward-a', key: 'integrityFindings' }));
    expect(integrity).toMatchObject({ items: [], note: expect.stringContaining('保密') });
    expect(await district().call('assessment.evidence', { year: YEAR, stewardId: 'u-steward-a', key: 'nonsense' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows a unit nothing before publication, then tells each unit once and asks the chosen one for a plan', async () => {
    expect(dataOf(await t.as(SMALL.unitAdminA).call('assessment.year', { year: YEAR })).run).toBeNull();
    expect(await t.as(SMALL.unitAdminA).call('assessment.unit', { year: YEAR })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const published = dataOf(await district().call('assessment.publish', { year: YEAR, rectifyUnitIds: ['unit-b'] }));
    expect(published).toMatchObject({ status: 'published', rectifyUnitIds: ['unit-b'] });
    dataOf(await district().call('assessment.publish', { year: YEAR, rectifyUnitIds: ['unit-a'] }));
    const notices = await t.read('messages', { kind: t.cloud.database().command.in(['todo:assessment_result', 'todo:assessment_rectify']) });
    expect(notices.map((m: { userId: string; kind: string }) => `${m.userId}:${m.kind}`).sort()).toEqual(['u-unit-admin-a:todo:assessment_result', 'u-unit-admin-b:todo:assessment_rectify']);
    expect(notices.find((m: { userId: string }) => m.userId === 'u-unit-admin-b').body).toContain('10 个工作日内提交整改方案');
    // Unit B is asked for a plan once, from this year's assessment; its row links to it.
    const plans = await t.read('rectification_plans', {});
    expect(plans.map((p: { unitId: string; source: object; status: string }) => [p.unitId, p.source, p.status])).toEqual([['unit-b', { kind: 'assessment', id: String(YEAR), title: `${YEAR} 年度服务管家考核结果` }, 'drafting']]);
    expect(await t.read('messages', { userId: 'u-unit-admin-b', kind: 'todo:rectification' })).toHaveLength(1);
    const unitB = dataOf(await t.as(SMALL.unitAdminB).call('assessment.unit', { year: YEAR }));
    expect(unitB.unit).toMatchObject({ rectificationRequested: true, rectificationPlanId: plans[0]._id });
    expect(await district().call('assessment.run', { year: YEAR })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    const own = dataOf(await t.as(SMALL.unitAdminA).call('assessment.year', { year: YEAR }));
    expect(own.units.items.map((u: { id: string }) => u.id)).toEqual(['unit-a']);
    expect(await t.as(SMALL.unitAdminA).call('assessment.unit', { year: YEAR, unitId: 'unit-b' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(SMALL.unitAdminA).call('assessment.subject', { year: YEAR, subject: 'steward', id: 'u-steward-c' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const acknowledged = dataOf(await t.as(SMALL.unitAdminA).call('assessment.acknowledge', { year: YEAR }));
    expect(acknowledged.unit.acknowledgedAt).toBe(NOW.toISOString());
    dataOf(await t.as(SMALL.unitAdminA).call('assessment.acknowledge', { year: YEAR }));
    expect(await t.read('audit_log', { action: 'assessment.acknowledge', outcome: 'ok' })).toHaveLength(1);
  });

  it('selects from nomination within the quota to the reviewed, published and exported list', async () => {
    const view = dataOf(await t.as(SMALL.unitAdminA).call('selection.get', { year: YEAR }));
    expect(view).toMatchObject({ quota: 2, minRatedDemands: 1, published: false, rev: 0 });
    expect(view.ranking.items.map((r: { id: string; suggested: boolean }) => [r.id, r.suggested])).toEqual([['u-steward-a', true], ['u-steward-b', false]]);
    // Page by page, each steward keeps its place in the unit (counted over the unit, not the page).
    const byPage = await Promise.all([1, 2].map((page) => t.as(SMALL.unitAdminA).call('selection.get', { year: YEAR, page, pageSize: 1 }).then(dataOf)));
    expect(byPage.flatMap((p) => p.ranking.items)).toEqual(view.ranking.items);
    const reason = '全年诉求办理及时，企业评价好。';
    expect(await t.as(SMALL.unitAdminA).call('selection.nominate', { year: YEAR, rev: 0, nominees: [{ stewardId: 'u-steward-b', reason }] }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '管家乙：首次评价的诉求不足 1 件（0 件），不参与排名' } });
    expect(await t.as(SMALL.unitAdminA).call('selection.nominate', { year: YEAR, rev: 0, nominees: [{ stewardId: 'u-steward-c', reason }] }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '该管家不属于本单位或未参加本年度考核' } });
    const nominated = dataOf(await t.as(SMALL.unitAdminA).call('selection.nominate', { year: YEAR, rev: 0, nominees: [{ stewardId: 'u-steward-a', reason }] }));
    expect(nominated).toMatchObject({ rev: 1, nominees: [{ stewardId: 'u-steward-a', status: 'nominated', unitName: '甲管理局' }] });
    expect(await t.as(SMALL.unitAdminA).call('selection.nominate', { year: YEAR, rev: 0, nominees: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    dataOf(await t.as(SMALL.unitAdminB).call('selection.nominate', { year: YEAR, rev: 0, nominees: [{ stewardId: 'u-steward-c', reason }] }));
    // The district's nominees carry their district rank whether or not their row is on the page read.
    const whole = dataOf(await district().call('selection.get', { year: YEAR, pageSize: 50 }));
    const narrow = dataOf(await district().call('selection.get', { year: YEAR, page: 3, pageSize: 1 }));
    expect(whole.nominees.map((n: { stewardId: string; rank: number | null }) => [n.stewardId, n.rank])).toEqual(expect.arrayContaining([['u-steward-a', expect.any(Number)]]));
    expect(narrow.nominees).toEqual(whole.nominees);

    expect(await district().call('selection.publish', { year: YEAR })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('还有 2 名推荐未审核') } });
    expect(await district().call('selection.review', { year: YEAR, unitId: 'unit-b', stewardId: 'u-steward-c', accepted: false })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    dataOf(await district().call('selection.review', { year: YEAR, unitId: 'unit-b', stewardId: 'u-steward-c', accepted: false, reason: '服务企业数量少，样本不足' }));
    const reviewed = dataOf(await district().call('selection.review', { year: YEAR, unitId: 'unit-a', stewardId: 'u-steward-a', accepted: true }));
    expect(reviewed.nominees.map((n: { name: string; status: string }) => `${n.name}:${n.status}`).sort()).toEqual(['管家丙:rejected', '管家甲:accepted']);
    const published = dataOf(await district().call('selection.publish', { year: YEAR }));
    expect(published.published).toBe(true);
    expect(await t.as(SMALL.unitAdminA).call('selection.nominate', { year: YEAR, rev: 1, nominees: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    const told = await t.read('messages', { kind: 'status:selection_published' });
    expect(told.map((m: { userId: string }) => m.userId).sort()).toEqual(['u-steward-a', 'u-unit-admin-a', 'u-unit-admin-b']);
    const exported = dataOf(await district().call('selection.export', { year: YEAR }));
    expect(exported).toMatchObject({ rows: 1, fileID: expect.stringContaining('excellent-stewards-2026') });
    // The export loads exceljs on first use.
  }, 30_000);
});

describe('the assessment scopes on a published year', () => {
  let t: TestCloud;
  beforeAll(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    jest.setSystemTime(NOW);
    t = openTestCloud({ seed: false, now: NOW });
    seedSmallOrg(t, NOW);
    await buildYear(t);
    dataOf(await t.as(SMALL.district).call('assessment.saveScheme', { scheme: editable(), rev: 0 }));
    dataOf(await t.as(SMALL.district).call('assessment.publishScheme', { rev: 1 }));
    dataOf(await t.as(SMALL.district).call('assessment.run', { year: YEAR }));
    dataOf(await t.as(SMALL.district).call('assessment.publish', { year: YEAR }));
  });
  afterAll(() => {
    t.close();
    jest.useRealTimers();
  });

  it('refuses another unit’s steward, its evidence and its nominations', async () => {
    expect(await t.as(SMALL.unitAdminB).call('assessment.subject', { year: YEAR, subject: 'steward', id: 'u-steward-a' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(SMALL.unitAdminB).call('assessment.evidence', { year: YEAR, stewardId: 'u-steward-a', key: 'satisfiedRate' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(SMALL.unitAdminB).call('selection.get', { year: YEAR, unitId: 'unit-a' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // With the default minimum of 5 rated demands nobody here is eligible: a nomination is refused with the reason.
    expect(await t.as(SMALL.unitAdminA).call('selection.nominate', { year: YEAR, rev: 0, nominees: [{ stewardId: 'u-steward-a', reason: '全年诉求办理及时，企业评价好。' }] }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '管家甲：首次评价的诉求不足 5 件（2 件），不参与排名' } });
    const [a] = await t.read('assessment_results', { _id: `${YEAR}|steward|u-steward-a` });
    expect(a.total).toBeGreaterThan(0);
  });
});
