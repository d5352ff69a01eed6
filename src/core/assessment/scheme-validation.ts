import { invalid } from '../errors';
import { figure, isFigureKey } from '../figures/figure-catalogue';
import { isPlainDate } from '../figures/periods';
import { ASSESSMENT_INPUTS, SUBJECT_LABELS, type AssessmentScheme, type MeasureSource, type SubjectKind } from './scheme';

/**
 * Checks a scheme the district edits before it is saved: every problem at once, each with the
 * field it concerns and a Chinese message saying what to change.
 */
export type SchemeProblems = Record<string, string>;

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;

const sourceProblem = (source: MeasureSource, wantCount: boolean): string | null => {
  if ('input' in source) return source.input in ASSESSMENT_INPUTS ? null : `未知的数据项“${source.input}”`;
  if (!isFigureKey(source.figure)) return `未知的统计指标“${source.figure}”`;
  const f = figure(source.figure);
  if (wantCount) return f.unit === 'count' ? null : `扣分项应基于件数类指标，“${f.label}”不是件数`;
  if (f.better === 'lower' && f.unit !== 'ratio') return `“${f.label}”越低越好，只有比率类指标可以取其反向计分`;
  return null;
};

export const validateScheme = (s: AssessmentScheme): SchemeProblems => {
  const problems: SchemeProblems = {};
  if (!Number.isInteger(s.version) || s.version < 1) problems.version = '版本号应为正整数';
  if (!s.name?.trim()) problems.name = '请填写方案名称';
  if (!isPlainDate(s.effectiveFrom ?? '')) problems.effectiveFrom = '请填写生效日期（YYYY-MM-DD）';
  if (!Number.isInteger(s.minRatedDemands) || s.minRatedDemands < 0) problems.minRatedDemands = '参与排名的最少评价件数应为不小于 0 的整数';
  if (!Number.isInteger(s.nominationQuotaPerUnit) || s.nominationQuotaPerUnit < 1) problems.nominationQuotaPerUnit = '每个单位的推荐名额应为正整数';
  if (!s.indicators?.length) problems.indicators = '请至少设置一项考核指标';

  const keys = new Set<string>();
  (s.indicators ?? []).forEach((ind, i) => {
    const at = `indicators[${i}]`;
    if (!ind.key?.trim() || keys.has(ind.key)) problems[`${at}.key`] = '指标代码不能为空且不能重复';
    keys.add(ind.key);
    if (!ind.label?.trim()) problems[`${at}.label`] = '请填写指标名称';
    if (!positive(ind.points)) problems[`${at}.points`] = '分值应大于 0';
    if (!ind.appliesTo?.length) problems[`${at}.appliesTo`] = '请选择适用对象（单位或管家）';
    if (!ind.measures?.length) problems[`${at}.measures`] = '每项指标至少包含一个测量项';
    ind.measures?.forEach((m, j) => {
      const mAt = `${at}.measures[${j}]`;
      const problem = sourceProblem(m.source, false);
      if (problem) problems[`${mAt}.source`] = problem;
      if (!positive(m.share)) problems[`${mAt}.share`] = '占比应大于 0';
      if (m.target !== undefined && !positive(m.target)) problems[`${mAt}.target`] = '目标值应大于 0';
      if (!problem && 'figure' in m.source && figure(m.source.figure).unit !== 'ratio' && m.target === undefined) problems[`${mAt}.target`] = `“${figure(m.source.figure).label}”不是比率，请设置满分对应的目标值`;
    });
    const shares = (ind.measures ?? []).reduce((sum, m) => sum + (m.share || 0), 0);
    if (ind.measures?.length && !close(shares, 1)) problems[`${at}.measures`] = `各测量项占比合计应为 100%，现为 ${Math.round(shares * 1000) / 10}%`;
  });

  for (const subject of ['unit', 'steward'] as SubjectKind[]) {
    const applying = (s.indicators ?? []).filter((ind) => ind.appliesTo?.includes(subject));
    const total = applying.reduce((sum, ind) => sum + (ind.points || 0), 0);
    if (applying.length && !close(total, 100)) problems[`points.${subject}`] = `${SUBJECT_LABELS[subject]}各项指标分值合计应为 100 分，现为 ${total} 分`;
  }

  (s.deductions ?? []).forEach((d, i) => {
    const at = `deductions[${i}]`;
    if (!d.key?.trim() || keys.has(d.key)) problems[`${at}.key`] = '扣分项代码不能为空，且不能与指标代码重复';
    keys.add(d.key);
    if (!d.label?.trim()) problems[`${at}.label`] = '请填写扣分项名称';
    const problem = sourceProblem(d.source, true);
    if (problem) problems[`${at}.source`] = problem;
    if (!(typeof d.pointsEach === 'number' && d.pointsEach >= 0)) problems[`${at}.pointsEach`] = '每次扣分应不小于 0';
    if (!(typeof d.cap === 'number' && d.cap >= 0)) problems[`${at}.cap`] = '扣分上限应不小于 0';
  });
  return problems;
};

/** Throws VALIDATION_FAILED with every problem as a field message; returns the scheme when it is sound. */
export const assertValidScheme = (s: AssessmentScheme): AssessmentScheme => {
  const problems = validateScheme(s);
  const count = Object.keys(problems).length;
  if (count) throw invalid(`考核方案有 ${count} 处需要修改`, problems);
  return s;
};
