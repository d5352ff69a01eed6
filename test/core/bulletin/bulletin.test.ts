import { bulletinSummary } from '@/core/bulletin/bulletin-summary';
import { suggestInterviews } from '@/core/bulletin/interview-suggestions';
import { compositeScore, DEFAULT_RANKING, rankRows } from '@/core/bulletin/ranking';
import { RED_FLAG_DEFINITION, redFlags } from '@/core/bulletin/red-flags';
import { periodContaining } from '@/core/figures/periods';

const unit = (id: string, name: string, f: Record<string, number | null>) => ({ id, name, figures: f });
const full = { resolveOnTimeRate: 0.9, stageOnTimeRate: 0.8, satisfiedRate: 0.95, rated: 20, contactCoverageRate: 0.9, visitCoverageRate: 0.7 };

describe('unit rankings', () => {
  it('scores by the stated weights', () => {
    // 30×0.9 + 15×0.8 + 25×0.95 + 20×0.9 + 10×0.7 = 27 + 12 + 23.75 + 18 + 7 = 87.75
    expect(compositeScore(full).score).toBe(87.8);
    expect(DEFAULT_RANKING.components.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it('leaves out a satisfaction rate with fewer than 5 ratings and spreads its weight over the rest', () => {
    const { score, components } = compositeScore({ ...full, satisfiedRate: 0.2, rated: 4 });
    // (27 + 12 + 18 + 7) × 100 / 75
    expect(score).toBe(85.3);
    expect(components.find((c) => c.figure === 'satisfiedRate')).toMatchObject({ effectiveWeight: 0, points: 0 });
  });

  it('ranks best first, ties share a rank (in pinyin order), units without data come last unranked', () => {
    const ranking = rankRows([
      unit('z03', '金桥', { ...full, resolveOnTimeRate: 0.5 }),
      unit('z01', '陆家嘴', full),
      unit('z02', '张江', full),
      unit('t01', '川沙新镇', {}),
    ]);
    expect(ranking.map((r) => [r.name, r.rank])).toEqual([['陆家嘴', 1], ['张江', 1], ['金桥', 3], ['川沙新镇', null]]);
    expect(ranking[3].score).toBeNull();
  });
});

describe('red flags and interview suggestions', () => {
  it('raises flags from the figures with their severity and evidence', () => {
    const flags = redFlags({ handoversOverdue: 1, longOverdueContacts: 6, badReviews: 0, secondBad: 1, promisesOverdue: 0, misrouted: 2 });
    expect(flags.map((f) => [f.key, f.severity, f.text])).toEqual([
      ['overdueHandovers', 'warning', '交接逾期未联系 1 家'],
      ['longOverdueContacts', 'serious', '长期未联系企业 6 家'],
      ['secondBadRatings', 'serious', '二次差评 1 件'],
      ['misrouted', 'warning', '退回重派 2 次'],
    ]);
    expect(flags[2].evidence).toEqual(['secondBad']);
    expect(redFlags({})).toEqual([]);
    expect(RED_FLAG_DEFINITION).toContain('二次差评≥1件即预警，≥1件为严重');
  });

  it('suggests the bottom ranks and any unit with a serious flag for the quarterly interview', () => {
    const ranking = rankRows(['甲', '乙', '丙', '丁', '戊'].map((name, i) => unit(`u${i}`, name, { ...full, resolveOnTimeRate: 1 - i * 0.1 })));
    const suggestions = suggestInterviews(ranking, { u0: redFlags({ secondBad: 1 }) }, 2);
    expect(suggestions.map((s) => [s.id, s.reasons])).toEqual([
      ['u0', ['严重预警：二次差评 1 件']],
      ['u3', ['综合排名第 4 名（共 5 个）']],
      ['u4', ['综合排名第 5 名（共 5 个）']],
    ]);
  });
});

describe('the bulletin text', () => {
  const november = periodContaining('month', '2025-11-10');
  const current = {
    received: 1234, resolved: 1100, resolveOnTimeRate: 0.962, medianHandlingDays: 3.5, overdueNow: 5, escalated: 2, misrouted: 0,
    rated: 800, satisfiedRate: 0.95, satisfiedInclBasicRate: 0.981, resolvedRate: 0.9, badReviews: 12, secondBad: 1, autoClosed: 30,
    enterprises: 3000, contactCoverageRate: 0.92, visitCoverageRate: 0.85, longOverdueContacts: 10, contacts: 5000, onsiteVisits: 1200, farCheckIns: 3,
    reports: 300, reportsRisk: 5, promiseKeptRate: null, promisesOverdue: 0, promotions: 0, handoverOnTimeRate: null,
  };
  const previous = { ...current, received: 1100, resolveOnTimeRate: 0.949, satisfiedRate: 0.95, contactCoverageRate: 0.93 };

  it('writes the district summary from the figures with changes against last month', () => {
    const text = bulletinSummary({ period: november, scopeName: '全区', current, previous, flags: [{ name: '张江', flags: redFlags({ secondBad: 1 }) }, { name: '金桥', flags: [] }] });
    expect(text).toBe(
      '11月全区共受理诉求 1,234 件，较上月增加 134 件，办结 1,100 件，按时办结率 96.2%，较上月上升 1.3 个百分点，办理用时中位数 3.5 个工作日；当前逾期 5 件，督办 2 件。' +
        '企业首次评价 800 件，满意率 95.0%（含基本满意 98.1%），较上月持平，解决率 90.0%，差评 12 件，二次差评 1 件；超期未评价自动关闭 30 件，单列统计，不计入满意。' +
        '服务企业 3,000 家，按周期联系率 92.0%，较上月下降 1.0 个百分点，按周期走访率 85.0%，长期未联系 10 家；联系企业 5,000 次，其中上门走访 1,200 次，异常打卡 3 次。' +
        '报送重要信息 300 条（其中风险信号 5 条）。' +
        '红色预警：张江二次差评 1 件（严重）。',
    );
  });

  it('names the top and bottom of the ranking and says when there are no flags', () => {
    const ranking = rankRows(['陆家嘴', '张江', '金桥', '外高桥'].map((name, i) => unit(`u${i}`, name, { ...full, resolveOnTimeRate: 1 - i * 0.1 })));
    const text = bulletinSummary({ period: november, scopeName: '全区', current: { ...current, rated: 0, autoClosed: 0 }, ranking, flags: [] });
    expect(text).toContain('综合得分前 2 位：陆家嘴（90.8 分）、张江（87.8 分）；后 2 位：金桥（84.8 分）、外高桥（81.8 分）。');
    expect(text).toContain('本期无红色预警。');
    expect(text).not.toContain('企业首次评价');
  });

  it('counts demands the district closed as unresolved apart, beside the auto-closed ones', () => {
    const text = bulletinSummary({ period: november, scopeName: '全区', current: { ...current, closedUnresolved: 2 } });
    expect(text).toContain('二次差评 1 件；超期未评价自动关闭 30 件，裁定未解决关闭 2 件，单列统计，不计入满意。');
    const alone = bulletinSummary({ period: november, scopeName: '全区', current: { ...current, rated: 0, autoClosed: 0, badReviews: 0, secondBad: 0, closedUnresolved: 1 } });
    expect(alone).toContain('；裁定未解决关闭 1 件，单列统计，不计入满意。');
  });
});
