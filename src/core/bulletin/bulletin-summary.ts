import { figureChange, formatFigure, type FigureValues } from '../figures/figure-catalogue';
import { periodShortLabel, PREVIOUS_LABELS, type Period } from '../figures/periods';
import type { RankedRow } from './ranking';
import type { RedFlag } from './red-flags';

/**
 * The short text of the monthly bulletin (月通报), written from the figures so nobody retypes
 * numbers: one sentence each for demands, satisfaction, service and follow-up, the ranking and
 * the red flags. Sentences whose figures are all empty are left out.
 */
export interface BulletinSummaryInput {
  period: Period;
  /** Who the figures are about: 全区, or a unit's name. */
  scopeName: string;
  current: FigureValues;
  previous?: FigureValues;
  ranking?: readonly RankedRow[];
  /** Red flags by unit name, units without flags left out. */
  flags?: ReadonlyArray<{ name: string; flags: readonly RedFlag[] }>;
}

const v = (f: FigureValues, key: string) => formatFigure(key, f[key]);
const has = (f: FigureValues, ...keys: string[]) => keys.some((k) => (f[k] ?? 0) !== 0);

/** “，较上月上升 1.3 个百分点” or nothing when there is nothing to compare. */
const versus = (input: BulletinSummaryInput, key: string) => {
  const change = input.previous ? figureChange(key, input.current[key], input.previous[key]) : null;
  return change ? `，较${PREVIOUS_LABELS[input.period.kind]}${change.text}` : '';
};

const demandSentence = (i: BulletinSummaryInput) => {
  const c = i.current;
  const parts = [`${periodShortLabel(i.period)}${i.scopeName}共受理诉求 ${v(c, 'received')}${versus(i, 'received')}`, `办结 ${v(c, 'resolved')}`];
  if (c.resolveOnTimeRate !== null) parts.push(`按时办结率 ${v(c, 'resolveOnTimeRate')}${versus(i, 'resolveOnTimeRate')}`);
  if (c.medianHandlingDays !== null) parts.push(`办理用时中位数 ${v(c, 'medianHandlingDays')}`);
  const trouble = [has(c, 'overdueNow') && `当前逾期 ${v(c, 'overdueNow')}`, has(c, 'escalated') && `督办 ${v(c, 'escalated')}`, has(c, 'misrouted') && `退回重派 ${v(c, 'misrouted')}`].filter(Boolean);
  return `${parts.join('，')}${trouble.length ? `；${trouble.join('，')}` : ''}。`;
};

const satisfactionSentence = (i: BulletinSummaryInput) => {
  const c = i.current;
  if (!has(c, 'rated', 'autoClosed', 'closedUnresolved')) return '';
  const parts = [`企业首次评价 ${v(c, 'rated')}`];
  if (c.satisfiedRate !== null) parts.push(`满意率 ${v(c, 'satisfiedRate')}（含基本满意 ${v(c, 'satisfiedInclBasicRate')}）${versus(i, 'satisfiedRate')}`);
  if (c.resolvedRate !== null) parts.push(`解决率 ${v(c, 'resolvedRate')}`);
  parts.push(`差评 ${v(c, 'badReviews')}`);
  if (has(c, 'secondBad')) parts.push(`二次差评 ${v(c, 'secondBad')}`);
  // Closed without a satisfied rating, each counted apart and never as satisfied.
  const apart = [has(c, 'autoClosed') && `超期未评价自动关闭 ${v(c, 'autoClosed')}`, has(c, 'closedUnresolved') && `裁定未解决关闭 ${v(c, 'closedUnresolved')}`].filter(Boolean);
  return `${parts.join('，')}${apart.length ? `；${apart.join('，')}，单列统计，不计入满意` : ''}。`;
};

const serviceSentence = (i: BulletinSummaryInput) => {
  const c = i.current;
  if (!has(c, 'enterprises', 'contacts')) return '';
  const parts = [`服务企业 ${v(c, 'enterprises')}`];
  if (c.contactCoverageRate !== null) parts.push(`按周期联系率 ${v(c, 'contactCoverageRate')}${versus(i, 'contactCoverageRate')}`, `按周期走访率 ${v(c, 'visitCoverageRate')}`);
  if (has(c, 'longOverdueContacts')) parts.push(`长期未联系 ${v(c, 'longOverdueContacts')}`);
  const visits = `联系企业 ${v(c, 'contacts')}，其中上门走访 ${v(c, 'onsiteVisits')}${has(c, 'farCheckIns') ? `，异常打卡 ${v(c, 'farCheckIns')}` : ''}`;
  return `${parts.join('，')}；${visits}。`;
};

const followUpSentence = (i: BulletinSummaryInput) => {
  const c = i.current;
  const parts = [
    has(c, 'reports') && `报送重要信息 ${v(c, 'reports')}${has(c, 'reportsRisk') ? `（其中风险信号 ${v(c, 'reportsRisk')}）` : ''}`,
    c.promiseKeptRate !== null && `调研承诺按期办结率 ${v(c, 'promiseKeptRate')}`,
    has(c, 'promisesOverdue') && `逾期未办结承诺 ${v(c, 'promisesOverdue')}`,
    has(c, 'promotions') && `推送政策 ${v(c, 'promotions')}`,
    c.handoverOnTimeRate !== null && `交接按时联系率 ${v(c, 'handoverOnTimeRate')}`,
  ].filter(Boolean);
  return parts.length ? `${parts.join('，')}。` : '';
};

const rankingSentence = (i: BulletinSummaryInput) => {
  const ranked = (i.ranking ?? []).filter((r) => r.rank !== null);
  if (ranked.length < 2) return '';
  const name = (r: RankedRow) => `${r.name}（${r.score!.toFixed(1)} 分）`;
  const n = Math.min(3, Math.floor(ranked.length / 2));
  return `综合得分前 ${n} 位：${ranked.slice(0, n).map(name).join('、')}；后 ${n} 位：${ranked.slice(-n).map(name).join('、')}。`;
};

const flagSentence = (i: BulletinSummaryInput) => {
  if (!i.flags) return '';
  const flagged = i.flags.filter((u) => u.flags.length > 0);
  if (flagged.length === 0) return '本期无红色预警。';
  return `红色预警：${flagged.map((u) => `${u.name}${u.flags.map((f) => `${f.text}${f.severity === 'serious' ? '（严重）' : ''}`).join('、')}`).join('；')}。`;
};

export const bulletinSummary = (input: BulletinSummaryInput): string =>
  [demandSentence, satisfactionSentence, serviceSentence, followUpSentence, rankingSentence, flagSentence].map((s) => s(input)).filter(Boolean).join('');
