/**
 * A chart as the app shows it: an image the server draws from an option of this folder
 * (`chart.render`), so ECharts never ships in the mini-program and the app and the bulletin's
 * PDF draw the very same picture.
 */
export interface ChartImage {
  /** `data:image/svg+xml;base64,…` */
  image: string;
  width: number;
  height: number;
}

/**
 * The width, in CSS px, the app asks its charts at: a phone's card. The image is SVG and is
 * scaled to the card's width, so text keeps the size it has on a 360 px card.
 */
export const APP_CHART_WIDTH = 360;

/** What `chart.render` accepts: sizes in CSS px, an option's JSON in characters. */
export const CHART_LIMITS = {
  width: { min: 200, max: 1200 },
  height: { min: 100, max: 2000 },
  optionChars: 64 * 1024,
} as const;

/** The series the builders here produce; the server draws no other kind. */
export const CHART_SERIES_TYPES = ['line', 'bar'] as const;
