import { DEFAULT_SCHEME } from '@/core/assessment/default-scheme';
import { assertValidScheme, validateScheme } from '@/core/assessment/scheme-validation';
import type { AssessmentScheme } from '@/core/assessment/scheme';
import { score } from '@/core/assessment/score';
import { assertNominations, nominationProblems, rankForSelection, type SelectionCandidate } from '@/core/assessment/selection';
import { AppError } from '@/core/errors';
import { combine } from '@/core/figures/counters';
import { demandFigures } from '@/core/figures/demand-contributions';
import { deriveFigures } from '@/core/figures/figure-catalogue';
import { enterpriseStock } from '@/core/figures/service-stock';
import { spotCheckContributions } from '@/core/figures/service-contributions';
import { demand, rating, sh } from '../figures/demand-builder';

const STEWARD_A = {
  contactCoverageRate: 0.9, visitCoverageRate: 0.8, handoverOnTimeRate: null,
  reviewOnTimeRate: 1, callbackOnTimeRate: null, resolveOnTimeRate: 0.8,
  rated: 10, satisfiedRate: 0.9, resolvedRate: 0.8, badReviewRate: 0.1,
  reportsPerEnterprise: 1.5, followUpOnTimeRate: 1, promiseKeptRate: 0.5,
  spotChecksFalse: 2,
};
const INPUTS = { trainingCompletionRate: 1, summaryOnTime: 0.5, integrityFindings: 0 };

describe('the assessment scheme', () => {
  it('accepts the default scheme: 25 + 25 + 25 + 10 + 5 + 10 points, deductions capped', () => {
    expect(validateScheme(DEFAULT_SCHEME)).toEqual({});
    expect(DEFAULT_SCHEME.indicators.map((i) => [i.label, i.points])).toEqual([['服务覆盖', 25], ['诉求办理时效', 25], ['企业满意度', 25], ['信息报送与调研跟进', 10], ['培训', 5], ['年度总结按时报送', 10]]);
    expect(DEFAULT_SCHEME.minRatedDemands).toBe(5);
  });

  it('lists every problem of an edited scheme with a Chinese message per field', () => {
    const broken: AssessmentScheme = structuredClone(DEFAULT_SCHEME);
    broken.indicators[0].points = 20;
    broken.indicators[1].measures[0].share = 0.4;
    broken.indicators[2].measures[0].source = { figure: 'nonsense' };
    broken.indicators[3].measures[0].target = undefined;
    broken.indicators[4].key = 'summary';
    broken.deductions[0].cap = -1;
    broken.deductions[1].source = { figure: 'satisfiedRate' };
    expect(validateScheme(broken)).toEqual({
      'points.unit': '属地单位各项指标分值合计应为 100 分，现为 95 分',
      'points.steward': '服务管家各项指标分值合计应为 100 分，现为 95 分',
      'indicators[1].measures': '各测量项占比合计应为 100%，现为 90%',
      'indicators[2].measures[0].source': '未知的统计指标“nonsense”',
      'indicators[3].measures[0].target': '“户均报送”不是比率，请设置满分对应的目标值',
      'indicators[5].key': '指标代码不能为空且不能重复',
      'deductions[0].cap': '扣分上限应不小于 0',
      'deductions[1].source': '扣分项应基于件数类指标，“满意率”不是件数',
    });
    expect(() => assertValidScheme(broken)).toThrow(AppError);
    expect(() => assertValidScheme(broken)).toThrow('考核方案有 8 处需要修改');
  });
});

describe('scoring', () => {
  it('scores a steward per indicator, redistributing measures without data, and takes off deductions', () => {
    const result = score(DEFAULT_SCHEME, 'steward', { figures: STEWARD_A, inputs: INPUTS });
    const byKey = Object.fromEntries(result.indicators.map((i) => [i.key, i.earned]));
    expect(byKey.serviceCoverage).toBeCloseTo(21.5625); // 25 × (0.9 × 5/8 + 0.8 × 3/8): no handovers this year
    expect(byKey.demandTimeliness).toBeCloseTo(23.125); // 25 × (1 × 5/8 + 0.8 × 3/8): no bad reviews to call back
    expect(byKey.satisfaction).toBeCloseTo(22); // 25 × (0.6 × 0.9 + 0.2 × 0.8 + 0.2 × (1 − 0.1))
    expect(byKey.reportsResearch).toBeCloseTo(7.5); // 10 × (0.4 × 1.5/2 + 0.3 × 1 + 0.3 × 0.5)
    expect([byKey.training, byKey.summary]).toEqual([5, 5]);
    expect(result.deductions.map((d) => [d.key, d.count, d.deducted])).toEqual([['spotCheckFalse', 2, 4], ['integrity', 0, 0]]);
    expect(result).toMatchObject({ total: 80.2, applicablePoints: 100, eligible: true, ratedDemands: 10 });
  });

  it('drills every point down to the figure, its value and the counters behind it', () => {
    const result = score(DEFAULT_SCHEME, 'steward', { figures: STEWARD_A, inputs: INPUTS });
    const satisfied = result.indicators.find((i) => i.key === 'satisfaction')!.measures[0];
    expect(satisfied).toMatchObject({ label: '满意率', value: 0.9, attainment: 0.9, effectiveShare: 0.6 });
    expect(satisfied.evidence).toEqual(['first_verySatisfied', 'first_satisfied', 'first_basicallySatisfied', 'first_dissatisfied', 'first_veryDissatisfied']);
    expect(result.indicators.find((i) => i.key === 'serviceCoverage')!.measures[2]).toMatchObject({ label: '交接按时联系率', notApplicable: '本年度无数据', points: 0 });
    expect(result.indicators.find((i) => i.key === 'training')!.measures[0].evidence).toEqual(['input:trainingCompletionRate']);
    expect(result.deductions[0].evidence).toEqual(['spotChecksFalse']);
  });

  it('leaves satisfaction out below 5 ratings, rescales to 100, caps deductions and marks the steward ineligible', () => {
    const result = score(DEFAULT_SCHEME, 'steward', { figures: { ...STEWARD_A, rated: 3, spotChecksFalse: 7 }, inputs: INPUTS });
    expect(result.indicators.find((i) => i.key === 'satisfaction')).toMatchObject({ applicable: false, earned: 0 });
    expect(result.applicablePoints).toBe(75);
    // (84.1875 − 22) × 100 / 75 = 82.92, less 10 (7 findings × 2, capped at 10)
    expect(result.total).toBe(72.9);
    expect(result).toMatchObject({ eligible: false, ineligibleReason: '首次评价的诉求不足 5 件（3 件），不参与排名' });
  });

  it('scores a unit straight from its records’ counters', () => {
    const now = sh('2026-01-05T09:00');
    const demands = ['非常满意', '满意', '满意', '基本满意', '不满意', '满意'].map((level, i) => {
      const day = `2025-06-${String(2 + i).padStart(2, '0')}`;
      return demand('closed', [['submitted', `${day}T09:00`], ['dispatched', `${day}T10:00`], ['contacted', `${day}T11:00`], ['resolved', `${day}T16:00`], ['rated', `${day}T18:00`]], { closedAt: sh(`${day}T18:00`), closeReason: 'rated', ratings: [rating(`${day}T18:00`, level)] });
    });
    const enterprises = [sh('2025-12-20T10:00'), sh('2025-10-01T10:00')].map((last) => enterpriseStock({ unitId: 'z01', stewardId: 'steward-01', status: 'active', createdAt: sh('2025-01-01T00:00'), lastContactAt: last, lastVisitAt: last, boundContacts: 1 }, now));
    const figures = deriveFigures(combine([
      ...demands.flatMap((d) => demandFigures(d, {}, now).contributions.map((c) => ({ flow: c.flow }))),
      ...spotCheckContributions({ unitId: 'z01', stewardId: 'steward-01', verifiedAt: sh('2025-07-01T10:00'), result: '不属实' }).map((c) => ({ flow: c.flow })),
      ...enterprises.map((e) => ({ stock: e!.stock })),
    ]));
    const result = score(DEFAULT_SCHEME, 'unit', { figures, inputs: { summaryOnTime: 1 } });
    expect(result).toMatchObject({ ratedDemands: 6, eligible: true });
    const satisfaction = result.indicators.find((i) => i.key === 'satisfaction')!;
    expect(satisfaction.measures.map((m) => m.value)).toEqual([4 / 6, 1, 1 / 6]);
    expect(result.indicators.find((i) => i.key === 'serviceCoverage')!.measures.map((m) => m.value)).toEqual([0.5, 0.5, null]);
    expect(result.deductions[0]).toMatchObject({ count: 1, deducted: 2 });
    expect(result.indicators.find((i) => i.key === 'training')).toMatchObject({ applicable: false });
  });

  it('never goes below zero and scores nothing without data', () => {
    expect(score(DEFAULT_SCHEME, 'unit', { figures: { ...STEWARD_A, spotChecksFalse: 5 }, inputs: { ...INPUTS, integrityFindings: 30, trainingCompletionRate: 0, summaryOnTime: 0 } }).total).toBeGreaterThanOrEqual(0);
    const empty = score(DEFAULT_SCHEME, 'unit', { figures: {} });
    expect(empty).toMatchObject({ total: 0, applicablePoints: 0, eligible: false, ineligibleReason: '本年度没有可计分的数据' });
  });
});

describe('excellent-steward selection', () => {
  const candidate = (stewardId: string, name: string, unitId: string, figures: Record<string, number | null>): SelectionCandidate => ({ stewardId, name, unitId, result: score(DEFAULT_SCHEME, 'steward', { figures: { ...STEWARD_A, ...figures }, inputs: INPUTS }) });
  const candidates = [
    candidate('s1', '王芳', 'z01', { satisfiedRate: 1 }),
    candidate('s2', '李强', 'z01', {}),
    candidate('s3', '张伟', 'z01', { satisfiedRate: 0.6 }),
    candidate('s4', '刘洋', 'z01', { rated: 4, satisfiedRate: 1 }),
    candidate('s5', '陈静', 'z02', {}),
  ];
  const ranking = rankForSelection(candidates, DEFAULT_SCHEME);

  it('ranks eligible stewards, shares ranks on equal totals, and suggests each unit’s quota', () => {
    expect(ranking.map((r) => [r.stewardId, r.rank, r.unitRank, r.suggested])).toEqual([
      ['s1', 1, 1, true],
      ['s5', 2, 1, true], // 陈静 and 李强 score the same: same rank, listed in pinyin order
      ['s2', 2, 2, true],
      ['s3', 4, 3, false], // third in z01, beyond the quota of 2
      ['s4', null, null, false], // scores above 张伟 but has only 4 rated demands

    ]);
  });

  it('checks a unit’s nominations against its quota, eligibility and membership', () => {
    expect(nominationProblems('z01', ['s1', 's2'], ranking, DEFAULT_SCHEME)).toEqual({});
    expect(nominationProblems('z01', ['s1', 's3', 's4', 's5'], ranking, DEFAULT_SCHEME)).toEqual({
      quota: '每个单位最多推荐 2 名，现推荐了 4 名',
      s4: '刘洋：首次评价的诉求不足 5 件（4 件），不参与排名',
      s5: '该管家不属于本单位或未参加本年度考核',
    });
    expect(() => assertNominations('z01', ['s4'], ranking, DEFAULT_SCHEME)).toThrow('刘洋：首次评价的诉求不足 5 件');
  });
});
