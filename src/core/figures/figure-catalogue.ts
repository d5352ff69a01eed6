import { DEMAND_FIGURES } from './catalogue-demand';
import { SERVICE_FIGURES } from './catalogue-service';
import { FLOW_COUNTER_KEYS, medianHandlingDays, STOCK_COUNTER_KEYS, type CounterKey, type FigureCounters, type FlowCounterKey, type StockCounterKey } from './counters';
import { evidenceKeys, type FigureDefinition } from './figure-definition';
import { groupedNumber } from '../text/grouped-number';

/**
 * Every figure the platform shows, with its 口径, in one list: the server computes them, the app
 * shows the definition beside each, exports print it, the bulletin and assessment read it.
 */
export const FIGURES: readonly FigureDefinition[] = [...DEMAND_FIGURES, ...SERVICE_FIGURES];

const BY_KEY = new Map(FIGURES.map((f) => [f.key, f]));

export const isFigureKey = (key: string) => BY_KEY.has(key);

export const figure = (key: string): FigureDefinition => {
  const f = BY_KEY.get(key);
  if (!f) throw new Error(`unknown figure: ${key}`);
  return f;
};

/** Figure values by key; null where the figure has no denominator (nothing to rate yet). */
export type FigureValues = Record<string, number | null>;

const read = (c: FigureCounters, key: CounterKey): number => (key in c.flow ? c.flow[key as keyof typeof c.flow] : c.stock[key as keyof typeof c.stock]) ?? 0;
const sum = (c: FigureCounters, keys: readonly CounterKey[]) => keys.reduce((total, k) => total + read(c, k), 0);

export const computeFigure = (f: FigureDefinition, c: FigureCounters): number | null => {
  switch (f.formula.kind) {
    case 'count':
      return sum(c, f.formula.of);
    case 'ratio':
    case 'average': {
      const den = sum(c, f.formula.den);
      return den === 0 ? null : sum(c, f.formula.num) / den;
    }
    case 'median':
      return medianHandlingDays(c.flow);
  }
};

/** The counters some figures are computed from: what a read of only those figures needs of the rollups. */
export const countersOf = (keys: readonly string[]): { flow: FlowCounterKey[]; stock: StockCounterKey[] } => {
  const needed = new Set<string>(keys.flatMap((k) => (figure(k).formula.kind === 'median' ? FLOW_COUNTER_KEYS.filter((c) => c.startsWith('handlingDays')) : evidenceKeys(figure(k)))));
  return { flow: FLOW_COUNTER_KEYS.filter((k) => needed.has(k)), stock: STOCK_COUNTER_KEYS.filter((k) => needed.has(k)) };
};

/** The figures (all, or the named ones) from one set of counters (a slice's summed rollup rows and its stock snapshot). */
export const deriveFigures = (c: FigureCounters, keys?: readonly string[]): FigureValues => {
  const values: FigureValues = {};
  for (const f of keys ? keys.map(figure) : FIGURES) values[f.key] = computeFigure(f, c);
  return values;
};

const thousands = (n: number) => groupedNumber(n, 1);

/** How a value reads in Chinese text and tables: 96.2%, 1,234 件, 3.5 个工作日, 2.4 次/人. */
export const formatFigure = (key: string, value: number | null | undefined): string => {
  if (value === null || value === undefined) return '—';
  const f = figure(key);
  switch (f.unit) {
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'days':
      return `${thousands(value)} 个工作日`;
    case 'average':
      return `${value.toFixed(1)} ${f.measure ?? ''}`.trim();
    case 'count':
      return `${thousands(value)} ${f.measure ?? ''}`.trim();
  }
};

/**
 * The change from one period to the next in words people use: percentage points for rates
 * (上升 1.3 个百分点), plain differences for counts and days. Null when either side is missing.
 */
export const figureChange = (key: string, current: number | null | undefined, previous: number | null | undefined): { delta: number; text: string; direction: 'up' | 'down' | 'flat' } | null => {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  const f = figure(key);
  const delta = f.unit === 'ratio' ? Math.round((current - previous) * 1000) / 10 : Math.round((current - previous) * 10) / 10;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const size = f.unit === 'ratio' ? `${Math.abs(delta).toFixed(1)} 个百分点` : f.unit === 'days' ? `${thousands(Math.abs(delta))} 个工作日` : `${thousands(Math.abs(delta))} ${f.measure ?? ''}`.trim();
  const verb = f.unit === 'ratio' ? (direction === 'up' ? '上升' : '下降') : f.unit === 'days' ? (direction === 'up' ? '延长' : '缩短') : direction === 'up' ? '增加' : '减少';
  return { delta, direction, text: direction === 'flat' ? '持平' : `${verb} ${size}` };
};
