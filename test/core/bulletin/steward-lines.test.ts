import { BULLETIN_STEWARD_PAGE, firstStewardPage, stewardChartLabel } from '@/core/bulletin/steward-lines';
import { emptyFlow, emptyStock } from '@/core/figures/counters';
import { figureValues, rankingView } from '@/core/figures/figure-views';
import { periodContaining } from '@/core/figures/periods';

const period = periodContaining('month', '2026-11-01');
const steward = (i: number) => ({ id: `s${i}`, name: `管家${String(i).padStart(3, '0')}`, figures: figureValues({ ...emptyFlow(), resolved: 10, resolveOnTime: i % 10 }, emptyStock()) });

describe('a unit’s steward lines in a bulletin', () => {
  it('keeps the first page of lines and charts the same stewards', () => {
    const ranking = rankingView('stewards', period, null, Array.from({ length: 45 }, (_, i) => steward(i)));
    const first = firstStewardPage(ranking);
    expect(first.rows).toEqual(ranking.rows.slice(0, BULLETIN_STEWARD_PAGE));
    expect(first.chart.labels).toEqual(first.rows.map((r) => r.name));
    expect(first.chart.values).toEqual(first.rows.map((r) => r.score));
    expect(first.definition).toBe(ranking.definition);
    // A small unit is kept whole.
    const small = rankingView('stewards', period, null, [steward(1), steward(2)]);
    expect(firstStewardPage(small)).toEqual(small);
  });

  it('names the chart of the leaders only when there are more', () => {
    expect(stewardChartLabel('张江 管家排名', BULLETIN_STEWARD_PAGE)).toBe('张江 管家排名');
    expect(stewardChartLabel('张江 管家排名', BULLETIN_STEWARD_PAGE + 1)).toBe(`张江 管家排名（前 ${BULLETIN_STEWARD_PAGE} 名）`);
  });
});
