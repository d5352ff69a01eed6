/**
 * The design tokens' colours for charts. Charts are drawn by script (on canvas in the app, as
 * images on the server for the bulletin), so they cannot read tokens.scss; these are the same
 * values under the tokens' names, kept in step by test/ui/style-tokens.test.ts.
 */
export const CHART_TOKENS = {
  'color-primary': '#1f5fbf',
  'color-primary-dark': '#1f4e8c',
  'color-primary-disabled': '#8fb0e0',
  'color-success': '#1e7d3a',
  'color-warning': '#b25e00',
  'color-warning-accent': '#f0b429',
  'color-danger': '#c9302c',
  'color-text': '#1f2329',
  'color-text-secondary': '#4b5563',
  'color-text-muted': '#6b7280',
  'color-text-faint': '#9ca3af',
  'color-divider': '#eef0f3',
  'color-border-strong': '#d1d5db',
} as const;

type Token = keyof typeof CHART_TOKENS;
const c = (token: Token) => CHART_TOKENS[token];

export const chartColor = {
  primary: c('color-primary'),
  text: c('color-text'),
  axis: c('color-text-muted'),
  faint: c('color-text-faint'),
  grid: c('color-divider'),
  line: c('color-border-strong'),
};

/** Series colours in order: distinct on white and readable for the common colour blindnesses (blue, orange, green, red...). */
export const SERIES_COLORS: string[] = [
  c('color-primary'),
  c('color-warning-accent'),
  c('color-success'),
  c('color-danger'),
  c('color-primary-disabled'),
  c('color-text-muted'),
];

/** 非常满意 … 非常不满意: good in green and blue, the middle in amber, bad in orange and red. */
export const SATISFACTION_COLORS: string[] = [
  c('color-success'),
  c('color-primary'),
  c('color-warning-accent'),
  c('color-warning'),
  c('color-danger'),
];

/** Auto-closed demands are no rating at all: grey, never a satisfaction colour. */
export const AUTO_CLOSED_COLOR = c('color-text-faint');
