import { SATISFACTION_LEVELS } from '../demand/satisfaction';
import { DEMAND_STAGES, LEVEL_KEYS, type CounterKey } from './counters';
import { ON_TIME_RULE, SNAPSHOT_RULE, type FigureDefinition } from './figure-definition';

/** Demand, timeliness and satisfaction figures (issue 9 item 1). */

const stageRate = (key: string, label: string, what: string, stages: readonly string[]): FigureDefinition => ({
  key,
  label,
  group: 'timeliness',
  unit: 'ratio',
  better: 'higher',
  definition: `${what}${ON_TIME_RULE}`,
  formula: { kind: 'ratio', num: stages.map((s) => `${s}OnTime` as CounterKey), den: stages.flatMap((s) => [`${s}OnTime`, `${s}Late`] as CounterKey[]) },
});

const count = (key: string, label: string, of: CounterKey, measure: string, definition: string, better: FigureDefinition['better'] = 'neutral', group: FigureDefinition['group'] = 'demand'): FigureDefinition => ({
  key, label, group, unit: 'count', measure, better, definition, formula: { kind: 'count', of: [of] },
});

const FIRST_RATED = LEVEL_KEYS.map((l) => `first_${l}` as CounterKey);
const RATING_NOTE = '按企业首次评价的日期计入统计期；超期未评价、系统自动关闭的诉求不计入评价，单列统计，也不视为满意。';

export const DEMAND_FIGURES: FigureDefinition[] = [
  count('received', '受理诉求', 'received', '件', '统计期内企业提交（含管家代企业提交）的诉求数，按提交日期计。'),
  count('dispatched', '派单', 'dispatched', '件', '统计期内管家审核通过并首次派至承办部门的诉求数，按首次派单日期计；被部门退回后重新派单的不重复计。'),
  count('resolved', '办结', 'resolved', '件', '统计期内承办部门办结的诉求数，按办结日期计。'),
  count('closed', '关闭', 'closed', '件', '统计期内经企业评价关闭、超期未评价自动关闭或经区科经委裁定以“未解决”关闭的诉求数，按关闭日期计；企业撤回的不计。'),
  count('withdrawn', '企业撤回', 'withdrawn', '件', '统计期内企业自行撤回的诉求数，按撤回日期计。'),
  { key: 'openNow', label: '在办诉求', group: 'demand', unit: 'count', measure: '件', better: 'neutral', definition: `尚未关闭且未撤回的诉求数。${SNAPSHOT_RULE}`, formula: { kind: 'count', of: ['demandsOpen'] } },
  { key: 'overdueNow', label: '当前逾期', group: 'demand', unit: 'count', measure: '件', better: 'lower', definition: `正在运行的办理时限（审核、联系、办结、重新派单、回访、整改、二次差评裁定）已过的在办诉求数；等待企业补充材料期间暂停计时，不计逾期。${SNAPSHOT_RULE}`, formula: { kind: 'count', of: ['demandsOverdue'] } },
  count('escalated', '督办', 'escalated', '件', '统计期内因两次逾期被督办至属地单位和区科经委的诉求数，按督办日期计。', 'lower'),
  count('misrouted', '退回重派', 'misrouted', '次', '统计期内承办部门以“不属于本部门职责”退回、由区科经委重新派单的次数，按退回日期计，计入退回的部门。', 'lower'),
  count('extensions', '延期', 'extensions', '次', '统计期内承办部门说明理由并承诺新办结日期的延期次数，按申请日期计。'),
  { key: 'medianHandlingDays', label: '办理用时中位数', group: 'demand', unit: 'days', better: 'lower', definition: '统计期内办结的诉求，从提交到办结的工作日数（扣除等待企业补充材料的工作日）的中位数；偶数件取中间两件的平均；30 个工作日以上按 30 计。', formula: { kind: 'median' } },

  stageRate('reviewOnTimeRate', '管家审核按时率', '企业提交（或修改后重新提交）后，管家在 1 个工作日内审核（派单或退回修改）的比例。', ['review']),
  stageRate('contactOnTimeRate', '部门联系按时率', '派单后，承办部门在 1 个工作日内联系企业（记录联系、请企业补充材料或直接办结）的比例，计入该次派单的部门。', ['contact']),
  stageRate('resolveOnTimeRate', '按时办结率', '派单后，承办部门在简单件 5 个、复杂件 15 个工作日内办结的比例，计入该次派单的部门。申请延期的按承诺的新日期计算；等待企业补充材料期间暂停计时；期限已过后才申请延期的，仍计为逾期。', ['resolve']),
  stageRate('rerouteOnTimeRate', '重新派单按时率', '承办部门退回后，区科经委在 1 个工作日内重新指定承办部门的比例。', ['reroute']),
  stageRate('callbackOnTimeRate', '差评回访按时率', '企业差评后，管家在 1 个工作日内回访的比例。', ['callback']),
  stageRate('rectifyOnTimeRate', '差评整改按时率', '企业差评后，承办部门在 15 个工作日内完成整改的比例。', ['rectify']),
  stageRate('decideOnTimeRate', '二次差评裁定按时率', '整改后企业再次差评，区科经委在 3 个工作日内裁定（再次整改或以“未解决”关闭）的比例。', ['decide']),
  stageRate('stageOnTimeRate', '各环节综合按时率', '审核、联系、办结、重新派单、回访、整改、二次差评裁定七个环节合计的按时比例。', DEMAND_STAGES),

  { key: 'rated', label: '企业评价', group: 'satisfaction', unit: 'count', measure: '件', better: 'neutral', definition: `统计期内企业首次评价的诉求数。${RATING_NOTE}`, formula: { kind: 'count', of: FIRST_RATED } },
  ...LEVEL_KEYS.map((level, i) => count(`rated_${level}`, SATISFACTION_LEVELS[i], `first_${level}`, '件', `首次评价为“${SATISFACTION_LEVELS[i]}”的诉求数。${RATING_NOTE}`, 'neutral', 'satisfaction')),
  { key: 'satisfiedRate', label: '满意率', group: 'satisfaction', unit: 'ratio', better: 'higher', definition: `首次评价为“非常满意”或“满意”的诉求 ÷ 首次评价的诉求。${RATING_NOTE}`, formula: { kind: 'ratio', num: ['first_verySatisfied', 'first_satisfied'], den: FIRST_RATED } },
  { key: 'satisfiedInclBasicRate', label: '满意率（含基本满意）', group: 'satisfaction', unit: 'ratio', better: 'higher', definition: `首次评价为“非常满意”“满意”或“基本满意”的诉求 ÷ 首次评价的诉求。${RATING_NOTE}`, formula: { kind: 'ratio', num: ['first_verySatisfied', 'first_satisfied', 'first_basicallySatisfied'], den: FIRST_RATED } },
  { key: 'resolvedRate', label: '解决率', group: 'satisfaction', unit: 'ratio', better: 'higher', definition: `首次评价时企业选择“已解决”的诉求 ÷ 首次评价的诉求（“部分解决”“未解决”不计入分子）。${RATING_NOTE}`, formula: { kind: 'ratio', num: ['firstResolved'], den: FIRST_RATED } },
  { key: 'badReviewRate', label: '差评率', group: 'satisfaction', unit: 'ratio', better: 'lower', definition: `首次评价为“不满意”“非常不满意”或选择“未解决”的诉求 ÷ 首次评价的诉求；这些评价进入管家回访、部门整改流程。${RATING_NOTE}`, formula: { kind: 'ratio', num: ['firstBad'], den: FIRST_RATED } },
  count('badReviews', '差评', 'firstBad', '件', `首次评价为差评（不满意、非常不满意或未解决）的诉求数。${RATING_NOTE}`, 'lower', 'satisfaction'),
  { key: 'secondRated', label: '整改后再次评价', group: 'satisfaction', unit: 'count', measure: '件', better: 'neutral', definition: '差评整改后，企业再次评价的诉求数，按再次评价日期计。', formula: { kind: 'count', of: LEVEL_KEYS.map((l) => `second_${l}` as CounterKey) } },
  count('secondBad', '二次差评', 'secondBad', '件', '整改后企业再次评价仍为差评的诉求数，按再次评价日期计。', 'lower', 'satisfaction'),
  count('closedUnresolved', '裁定未解决关闭', 'closedUnresolved', '件', '整改后企业再次差评，经区科经委裁定以“未解决”关闭的诉求数，按关闭日期计；单列统计，不计入满意，也不计为已解决。', 'lower', 'satisfaction'),
  count('autoClosed', '超期未评价自动关闭', 'autoClosed', '件', '办结（或整改）后 10 个工作日内企业未评价、由系统自动关闭的诉求数，按关闭日期计；单列统计，不计入满意。', 'neutral', 'satisfaction'),
];
