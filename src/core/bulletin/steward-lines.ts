import type { RankingLine, RankingView } from '../figures/figures.model';

/**
 * A unit's steward ranking in a bulletin is read a page at a time. A unit ranks ~30 stewards at
 * Pudong's size and ~300 at ten times it: the unit's section keeps the first page (what the page
 * shows at once, and a chart of those only: 300 bars cannot be read), the full lines are kept
 * apart and read page by page, so reading a section costs the same whatever the unit's size.
 */
export const BULLETIN_STEWARD_PAGE = 20;

/** The ranking as the section keeps it: the first page of lines and a chart of the same stewards. */
export const firstStewardPage = <Row extends RankingLine>(ranking: RankingView<Row>): RankingView<Row> => ({
  ...ranking,
  rows: ranking.rows.slice(0, BULLETIN_STEWARD_PAGE),
  chart: { labels: ranking.chart.labels.slice(0, BULLETIN_STEWARD_PAGE), values: ranking.chart.values.slice(0, BULLETIN_STEWARD_PAGE) },
});

/** The chart's title says when it shows only the leaders, so nobody reads it as the whole unit. */
export const stewardChartLabel = (title: string, stewardCount: number): string =>
  stewardCount > BULLETIN_STEWARD_PAGE ? `${title}（前 ${BULLETIN_STEWARD_PAGE} 名）` : title;
