import { evidenceKeys } from '../figures/figure-definition';
import { figure, type FigureValues } from '../figures/figure-catalogue';
import { groupedNumber } from '../text/grouped-number';

/**
 * Red flags (红色预警) of the monthly bulletin and the quarterly interview, as data: which
 * figure, from how many it is raised, from how many it is serious. Serious flags put a unit on
 * the interview list whatever its rank (DOMAIN.md).
 */
export interface RedFlagRule {
  key: string;
  figure: string;
  warnAt: number;
  seriousAt: number;
}

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  { key: 'overdueHandovers', figure: 'handoversOverdue', warnAt: 1, seriousAt: 3 },
  { key: 'longOverdueContacts', figure: 'longOverdueContacts', warnAt: 1, seriousAt: 5 },
  { key: 'badReviews', figure: 'badReviews', warnAt: 1, seriousAt: 3 },
  { key: 'secondBadRatings', figure: 'secondBad', warnAt: 1, seriousAt: 1 },
  { key: 'overduePromises', figure: 'promisesOverdue', warnAt: 1, seriousAt: 3 },
  { key: 'misrouted', figure: 'misrouted', warnAt: 1, seriousAt: 5 },
];

export const RED_FLAG_DEFINITION = RED_FLAG_RULES.map((r) => `${figure(r.figure).label}≥${r.warnAt}${figure(r.figure).measure ?? ''}即预警，≥${r.seriousAt}${figure(r.figure).measure ?? ''}为严重`).join('；') + '。';

export interface RedFlag {
  key: string;
  label: string;
  count: number;
  severity: 'warning' | 'serious';
  /** e.g. “二次差评 1 件”. */
  text: string;
  /** The counters to list when someone opens the flag. */
  evidence: string[];
}

export const redFlags = (figures: FigureValues, rules: readonly RedFlagRule[] = RED_FLAG_RULES): RedFlag[] =>
  rules.flatMap((rule) => {
    const count = figures[rule.figure] ?? 0;
    if (count < rule.warnAt) return [];
    const f = figure(rule.figure);
    return [{ key: rule.key, label: f.label, count, severity: count >= rule.seriousAt ? ('serious' as const) : ('warning' as const), text: `${f.label} ${groupedNumber(count, 3)} ${f.measure ?? ''}`.trim(), evidence: evidenceKeys(f) }];
  });
