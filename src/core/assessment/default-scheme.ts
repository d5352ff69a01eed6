import type { AssessmentScheme } from './scheme';

const BOTH = ['unit', 'steward'] as ('unit' | 'steward')[];

/** The default proposed in DOMAIN.md, to start from: 25 + 25 + 25 + 10 + 5 + 10 = 100. */
export const DEFAULT_SCHEME: AssessmentScheme = {
  version: 1,
  name: '服务管家年度考核（默认方案）',
  effectiveFrom: '2025-01-01',
  minRatedDemands: 5,
  nominationQuotaPerUnit: 2,
  indicators: [
    {
      key: 'serviceCoverage', label: '服务覆盖', points: 25, appliesTo: BOTH,
      note: '年末按周期联系率占 50%、按周期走访率占 30%、交接按时联系率占 20%。',
      measures: [{ source: { figure: 'contactCoverageRate' }, share: 0.5 }, { source: { figure: 'visitCoverageRate' }, share: 0.3 }, { source: { figure: 'handoverOnTimeRate' }, share: 0.2 }],
    },
    {
      key: 'demandTimeliness', label: '诉求办理时效', points: 25, appliesTo: BOTH,
      note: '管家审核按时率占 50%、差评回访按时率占 20%（管家自己的环节），按时办结率占 30%（管家跟进承办部门办理）。',
      measures: [{ source: { figure: 'reviewOnTimeRate' }, share: 0.5 }, { source: { figure: 'callbackOnTimeRate' }, share: 0.2 }, { source: { figure: 'resolveOnTimeRate' }, share: 0.3 }],
    },
    {
      key: 'satisfaction', label: '企业满意度', points: 25, appliesTo: BOTH,
      note: '满意率（非常满意 + 满意）占 60%、解决率占 20%、无差评率（1 − 差评率）占 20%，均按首次评价计；首次评价不足 5 件的不计此项。超期未评价自动关闭的诉求不计入。',
      measures: [
        { source: { figure: 'satisfiedRate' }, share: 0.6, needsRatedDemands: true },
        { source: { figure: 'resolvedRate' }, share: 0.2, needsRatedDemands: true },
        { source: { figure: 'badReviewRate' }, share: 0.2, needsRatedDemands: true },
      ],
    },
    {
      key: 'reportsResearch', label: '信息报送与调研跟进', points: 10, appliesTo: BOTH,
      note: '户均报送信息每年 2 条即满分，占 40%；调研回访按时率占 30%；调研承诺按期办结率占 30%。',
      measures: [{ source: { figure: 'reportsPerEnterprise' }, share: 0.4, target: 2 }, { source: { figure: 'followUpOnTimeRate' }, share: 0.3 }, { source: { figure: 'promiseKeptRate' }, share: 0.3 }],
    },
    {
      key: 'training', label: '培训', points: 5, appliesTo: BOTH,
      note: '培训完成率：应参加的培训中实际参加的比例。',
      measures: [{ source: { input: 'trainingCompletionRate' }, share: 1 }],
    },
    {
      key: 'summary', label: '年度总结按时报送', points: 10, appliesTo: BOTH,
      note: '按时报送得满分，逾期报送得一半，未报送不得分（管家向单位、单位向区科经委报送）。',
      measures: [{ source: { input: 'summaryOnTime' }, share: 1 }],
    },
  ],
  deductions: [
    { key: 'spotCheckFalse', label: '周抽查不属实', source: { figure: 'spotChecksFalse' }, pointsEach: 2, cap: 10, note: '周抽查中经企业核实“不属实”的记录，每条扣 2 分，最多扣 10 分。' },
    { key: 'integrity', label: '查实的廉洁问题', source: { input: 'integrityFindings' }, pointsEach: 5, cap: 20, note: '经查实的违反亲清关系规定的问题，每件扣 5 分，最多扣 20 分。' },
  ],
};
