import { SATISFACTION_LEVELS } from '../demand/satisfaction';
import { DEMAND_STAGES, LEVEL_KEYS, type CounterKey } from '../figures/counters';
import { REPORT_CATEGORY_KEYS, REPORT_CATEGORY_LABELS } from '../figures/report-categories';

/** Counters in words, for the evidence lists (what each record added to a score). */
const STAGE_LABELS: Record<(typeof DEMAND_STAGES)[number], string> = { review: '管家审核', contact: '部门联系企业', resolve: '办结', reroute: '重新派单', callback: '差评回访', rectify: '差评整改', decide: '区科经委裁定' };

const LABELS: Record<string, string> = {
  received: '受理', dispatched: '派单', resolved: '办结', closed: '关闭', autoClosed: '超期未评价自动关闭',
  firstResolved: '首次评价“已解决”', firstPartlyResolved: '首次评价“部分解决”', firstUnresolved: '首次评价“未解决”', firstBad: '首次评价为差评',
  contacts: '联系', onsiteVisits: '上门走访', checkIns: '打卡', checkInsFar: '异常打卡',
  handoverOnTime: '交接后按时联系', handoverLate: '交接后逾期联系',
  reports: '报送信息', reportsRisk: '风险信号', researchVisits: '领导调研', followUpOnTime: '调研按时回访', followUpLate: '调研逾期回访',
  promisesMade: '调研承诺', promisesKept: '承诺按期办结', promisesLate: '承诺逾期',
  promotions: '政策推送', promotionsIntending: '有意申报',
  spotChecksTrue: '抽查属实', spotChecksFalse: '抽查不属实', spotChecksUnreachable: '抽查未能联系',
  enterprises: '服务企业', contactWithinCadence: '按周期联系', visitWithinCadence: '按周期走访', contactLongOverdue: '长期未联系', withBoundContact: '已绑定联系人',
  ...Object.fromEntries(DEMAND_STAGES.flatMap((s) => [[`${s}OnTime`, `${STAGE_LABELS[s]}按时`], [`${s}Late`, `${STAGE_LABELS[s]}逾期`]])),
  ...Object.fromEntries(LEVEL_KEYS.map((l, i) => [`first_${l}`, `首次评价“${SATISFACTION_LEVELS[i]}”`])),
  ...Object.fromEntries(LEVEL_KEYS.map((l, i) => [`second_${l}`, `再次评价“${SATISFACTION_LEVELS[i]}”`])),
  ...Object.fromEntries(REPORT_CATEGORY_KEYS.map((k) => [`reports_${k}`, `报送：${REPORT_CATEGORY_LABELS[k]}`])),
};

export const counterLabel = (key: CounterKey | string): string => LABELS[key] ?? key;
