import { DEFAULT_CONTACT_DAYS, DEFAULT_VISIT_DAYS, LONG_OVERDUE_DAYS } from '../contact/cadence';
import { HANDOVER_CONTACT_WORKING_DAYS } from '../org/handover.rules';
import { RESEARCH_FOLLOW_UP_WORKING_DAYS } from '../fieldwork/research.rules';
import type { CounterKey } from './counters';
import { ON_TIME_RULE, SNAPSHOT_RULE, type FigureDefinition } from './figure-definition';
import { REPORT_CATEGORY_KEYS, REPORT_CATEGORY_LABELS } from './report-categories';
import { FAR_CHECK_IN_METERS } from './service-contributions';

/** Service coverage, onboarding, handover, reports, research, policy and spot-check figures (issue 9 item 1, issue 10). */

type Group = FigureDefinition['group'];
type Better = FigureDefinition['better'];

const count = (key: string, label: string, group: Group, of: readonly CounterKey[], measure: string, better: Better, definition: string): FigureDefinition => ({
  key, label, group, unit: 'count', measure, better, definition, formula: { kind: 'count', of },
});
const ratio = (key: string, label: string, group: Group, num: readonly CounterKey[], den: readonly CounterKey[], better: Better, definition: string): FigureDefinition => ({
  key, label, group, unit: 'ratio', better, definition, formula: { kind: 'ratio', num, den },
});
const average = (key: string, label: string, group: Group, num: readonly CounterKey[], den: readonly CounterKey[], measure: string, definition: string): FigureDefinition => ({
  key, label, group, unit: 'average', measure, better: 'higher', definition, formula: { kind: 'average', num, den },
});

const CONTACT_NOTE = '联系包括电话、座谈、上门走访、短信/微信和其他方式，由管家或其联络员记录，按联系日期计入统计期。';
const CATEGORY_REPORTS = REPORT_CATEGORY_KEYS.map((k) => `reports_${k}` as CounterKey);

export const SERVICE_FIGURES: FigureDefinition[] = [
  count('enterprises', '服务企业', 'service', ['enterprises'], '家', 'neutral', `在服务清单中的重点企业数。${SNAPSHOT_RULE}`),
  count('stewards', '在岗管家', 'service', ['stewards'], '人', 'neutral', `账号有效的服务管家数。${SNAPSHOT_RULE}`),
  ratio('contactCoverageRate', '按周期联系率', 'service', ['contactWithinCadence'], ['enterprises'], 'higher', `联系未逾期（距上次联系或上门走访不超过该企业的联系周期，默认 ${DEFAULT_CONTACT_DAYS} 天）的企业 ÷ 服务企业。新列入清单的企业自列入之日起算。${SNAPSHOT_RULE}`),
  ratio('visitCoverageRate', '按周期走访率', 'service', ['visitWithinCadence'], ['enterprises'], 'higher', `上门走访未逾期（距上次上门走访不超过该企业的走访周期，默认 ${DEFAULT_VISIT_DAYS} 天）的企业 ÷ 服务企业。${SNAPSHOT_RULE}`),
  count('longOverdueContacts', '长期未联系企业', 'service', ['contactLongOverdue'], '家', 'lower', `联系已逾期超过 ${LONG_OVERDUE_DAYS} 天的企业数（已督办至属地单位）。${SNAPSHOT_RULE}`),
  count('contacts', '联系企业', 'service', ['contacts'], '次', 'higher', `统计期内的联系次数。${CONTACT_NOTE}`),
  count('onsiteVisits', '上门走访', 'service', ['onsiteVisits'], '次', 'higher', `统计期内上门走访（须现场打卡）的次数，按走访日期计。`),
  average('contactsPerSteward', '人均联系', 'service', ['contacts'], ['stewards'], '次/人', `统计期内联系次数 ÷ 统计期末在岗管家数。${CONTACT_NOTE}`),
  average('visitsPerSteward', '人均上门走访', 'service', ['onsiteVisits'], ['stewards'], '次/人', '统计期内上门走访次数 ÷ 统计期末在岗管家数。'),
  count('farCheckIns', '异常打卡', 'service', ['checkInsFar'], '次', 'lower', `上门走访打卡位置距企业登记位置超过 ${FAR_CHECK_IN_METERS / 1000} 公里的次数，按打卡日期计；企业未登记位置的不计入异常，单列为“无法核对位置”。`),
  ratio('farCheckInRate', '异常打卡占比', 'service', ['checkInsFar'], ['checkIns'], 'lower', `异常打卡（距企业超过 ${FAR_CHECK_IN_METERS / 1000} 公里）÷ 统计期内全部打卡。`),
  count('unlocatedCheckIns', '无法核对位置的打卡', 'service', ['checkInsUnlocated'], '次', 'neutral', '企业未登记位置、无法计算距离的打卡次数。'),

  count('boundEnterprises', '已绑定联系人的企业', 'onboarding', ['withBoundContact'], '家', 'higher', `至少有一名企业联系人已用微信绑定账号的服务企业数。${SNAPSHOT_RULE}`),
  ratio('boundRate', '企业绑定率', 'onboarding', ['withBoundContact'], ['enterprises'], 'higher', `已绑定联系人的企业 ÷ 服务企业。${SNAPSHOT_RULE}`),

  ratio('handoverOnTimeRate', '交接按时联系率', 'handover', ['handoverOnTime'], ['handoverOnTime', 'handoverLate'], 'higher', `管家更换后，新管家在 ${HANDOVER_CONTACT_WORKING_DAYS} 个工作日内联系企业的比例；之后又被交接而取消的任务不计。${ON_TIME_RULE}`),
  count('handoversOverdue', '交接逾期未联系', 'handover', ['handoversOverdue'], '家', 'lower', `交接后超过 ${HANDOVER_CONTACT_WORKING_DAYS} 个工作日仍未联系的企业数。${SNAPSHOT_RULE}`),

  count('reports', '报送信息', 'reports', ['reports'], '条', 'higher', '统计期内管家和联络员报送的企业重要信息条数（八类），按报送日期计。'),
  count('reportsRisk', '风险信号', 'reports', ['reportsRisk'], '条', 'neutral', '报送中需立即关注的信号（企业计划迁出、外省市领导来访调研）条数，按报送日期计。'),
  ...REPORT_CATEGORY_KEYS.map((k) => count(`reports_${k}`, REPORT_CATEGORY_LABELS[k], 'reports', [`reports_${k}`], '条', 'neutral', `统计期内报送的“${REPORT_CATEGORY_LABELS[k]}”信息条数。`)),
  average('reportsPerEnterprise', '户均报送', 'reports', CATEGORY_REPORTS, ['enterprises'], '条/家', '统计期内报送信息条数 ÷ 统计期末服务企业数。'),

  count('researchVisits', '领导调研', 'research', ['researchVisits'], '次', 'neutral', '统计期内管家陪同的领导调研走访次数，按记录日期计。'),
  ratio('followUpOnTimeRate', '调研回访按时率', 'research', ['followUpOnTime'], ['followUpOnTime', 'followUpLate'], 'higher', `调研后管家在 ${RESEARCH_FOLLOW_UP_WORKING_DAYS} 个工作日内回访企业的比例。${ON_TIME_RULE}`),
  count('promisesMade', '调研承诺', 'research', ['promisesMade'], '项', 'neutral', '统计期内调研中作出、需跟踪办理的承诺事项数，按调研记录日期计。'),
  count('promisesKept', '承诺按期办结', 'research', ['promisesKept'], '项', 'higher', '在承诺日期当天结束前办结的承诺事项数，按办结日期计。'),
  count('promisesLate', '承诺逾期', 'research', ['promisesLate'], '项', 'lower', '到承诺日期仍未办结的承诺事项数，按承诺日期计（之后再办结也计为逾期）。'),
  ratio('promiseKeptRate', '承诺按期办结率', 'research', ['promisesKept'], ['promisesKept', 'promisesLate'], 'higher', `承诺按期办结 ÷（按期办结 + 逾期）。${ON_TIME_RULE}`),
  count('promisesOpen', '未办结承诺', 'research', ['promisesOpen'], '项', 'neutral', `尚未办结的调研承诺事项数。${SNAPSHOT_RULE}`),
  count('promisesOverdue', '逾期未办结承诺', 'research', ['promisesOverdue'], '项', 'lower', `已过承诺日期仍未办结的承诺事项数。${SNAPSHOT_RULE}`),

  count('promotions', '政策推送', 'policy', ['promotions'], '次', 'higher', '统计期内管家向企业推介政策并记录的次数，按记录日期计。'),
  count('promotionsIntending', '有意申报', 'policy', ['promotionsIntending'], '次', 'higher', '政策推送中企业表示有意申报的次数。'),

  count('spotChecksVerified', '抽查已核实', 'spotCheck', ['spotChecksTrue', 'spotChecksFalse', 'spotChecksUnreachable'], '条', 'neutral', '周抽查中已与企业核实的联系和走访记录数（属实、不属实、未能联系），按核实日期计。'),
  count('spotChecksFalse', '抽查不属实', 'spotCheck', ['spotChecksFalse'], '条', 'lower', '周抽查中经企业核实“不属实”的记录数，按核实日期计。'),
  ratio('spotCheckTrueRate', '抽查属实率', 'spotCheck', ['spotChecksTrue'], ['spotChecksTrue', 'spotChecksFalse'], 'higher', '核实“属实”的记录 ÷（属实 + 不属实）；“未能联系”的不计入，下周继续核实。'),
];
