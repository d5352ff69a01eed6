import { figure, formatFigure, type FigureValues } from '../figures/figure-catalogue';
import type { HighlightView, ReferenceRow, SectionKey, Sections, StewardAnnexRow, SummaryKind } from './summary.model';

/**
 * The reference table and the starting text of a summary, built from the year's figures: the
 * writer never retypes a number the platform already has (art. 8: prefill from the data).
 */

/** The figures a summary shows, in table order (keys of the figure catalogue). */
export const REFERENCE_FIGURES = [
  'enterprises', 'contacts', 'onsiteVisits', 'contactCoverageRate', 'visitCoverageRate',
  'received', 'resolved', 'resolveOnTimeRate', 'rated', 'satisfiedRate', 'resolvedRate', 'badReviews',
  'reports', 'reportsRisk', 'researchVisits', 'promisesMade', 'promisesKept', 'promiseKeptRate', 'promotions',
] as const;
/** A unit's table adds its stewards. */
const UNIT_FIGURES = ['stewards'] as const;

export const TRAINING_HOURS_ROW = 'trainingHours';
const TRAINING_DEFINITION = '年度内完成的培训课程学时之和（线上学完、线下签到），按完成日期计入年度。';

export const formatHours = (hours: number) => `${Math.round(hours * 10) / 10} 学时`;

export interface PrefillInput {
  kind: SummaryKind;
  year: number;
  subjectName: string;
  figures: FigureValues;
  trainingHours: number;
  highlights: HighlightView[];
  stewards?: StewardAnnexRow[];
}

export const referenceRows = (i: Pick<PrefillInput, 'kind' | 'figures' | 'trainingHours'>): ReferenceRow[] => [
  ...[...(i.kind === 'unit' ? UNIT_FIGURES : []), ...REFERENCE_FIGURES].map((key) => {
    const f = figure(key);
    const value = i.figures[key] ?? null;
    return { key, label: f.label, value, text: formatFigure(key, value), definition: f.definition };
  }),
  { key: TRAINING_HOURS_ROW, label: '培训学时', value: i.trainingHours, text: formatHours(i.trainingHours), definition: TRAINING_DEFINITION },
];

/** A figure as it reads in a sentence; a missing rate reads 暂无. */
const v = (f: FigureValues, key: string) => (f[key] === null || f[key] === undefined ? '暂无' : formatFigure(key, f[key]).replace(/ /g, ''));
const n = (f: FigureValues, key: string) => f[key] ?? 0;

const duties = (i: PrefillInput): string => {
  const f = i.figures;
  const who = i.kind === 'steward' ? '本人作为服务管家' : `本单位在岗服务管家${v(f, 'stewards')}`;
  return [
    `${i.year}年，${who}，服务重点企业${v(f, 'enterprises')}，联系企业${v(f, 'contacts')}，其中上门走访${v(f, 'onsiteVisits')}；按周期联系率${v(f, 'contactCoverageRate')}，按周期走访率${v(f, 'visitCoverageRate')}。`,
    `报送企业重要信息${v(f, 'reports')}（其中风险信号${v(f, 'reportsRisk')}），陪同领导调研${v(f, 'researchVisits')}，向企业推送政策${v(f, 'promotions')}。`,
    `全年参加培训${formatHours(i.trainingHours).replace(/ /g, '')}。`,
  ].join('');
};

const results = (i: PrefillInput): string => {
  const f = i.figures;
  const lines = [
    `受理企业诉求${v(f, 'received')}，办结${v(f, 'resolved')}，按时办结率${v(f, 'resolveOnTimeRate')}。`,
    n(f, 'promisesMade') || n(f, 'promisesKept') ? `调研中作出承诺${v(f, 'promisesMade')}，按期办结${v(f, 'promisesKept')}，承诺按期办结率${v(f, 'promiseKeptRate')}。` : '',
  ];
  if (i.highlights.length) {
    const cases = i.highlights.map((h) => `“${h.title}”（${h.enterpriseName}）`).join('、');
    lines.push(`企业评价“非常满意”的典型诉求：${cases}。`);
  }
  return lines.filter(Boolean).join('');
};

const satisfaction = (i: PrefillInput): string => {
  const f = i.figures;
  if (!n(f, 'rated')) return `${i.year}年暂无企业评价。`;
  return `企业首次评价诉求${v(f, 'rated')}，满意率${v(f, 'satisfiedRate')}，解决率${v(f, 'resolvedRate')}，差评${v(f, 'badReviews')}。`;
};

/** Shortfalls the figures show, as prompts the writer keeps, explains or deletes. */
const SHORTFALLS: Array<{ key: string; words: string }> = [
  { key: 'longOverdueContacts', words: '长期未联系企业' },
  { key: 'overdueNow', words: '当前逾期诉求' },
  { key: 'badReviews', words: '企业差评' },
  { key: 'promisesLate', words: '调研承诺逾期' },
];

const problems = (i: PrefillInput): string => {
  const found = SHORTFALLS.filter((s) => n(i.figures, s.key) > 0).map((s) => `${s.words}${v(i.figures, s.key)}`);
  return found.length ? `平台数据显示：${found.join('，')}。` : '';
};

/** The starting text of each section; 下一步计划 is the writer's own. */
export const prefillSections = (i: PrefillInput): Sections => {
  const byKey: Record<SectionKey, string> = { duties: duties(i), results: results(i), satisfaction: satisfaction(i), problems: problems(i), plans: '' };
  return byKey;
};
