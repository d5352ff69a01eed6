import { CREDIT_CODE_MESSAGES, creditCodeProblem } from '@/core/credit-code';

/** The checks and wording of the server's `proposal.create` contract, on the device first. */
export interface ProposalDraft {
  kind: 'add' | 'remove';
  name: string;
  creditCode: string;
  industry: string;
  address: string;
  enterpriseId: string;
  enterpriseName: string;
  reason: string;
}

export type ProposalField = 'name' | 'creditCode' | 'industry' | 'address' | 'enterpriseId' | 'reason';
export type ProposalErrors = Partial<Record<ProposalField, string>>;
export const PROPOSAL_FIELDS: readonly ProposalField[] = ['name', 'creditCode', 'industry', 'address', 'enterpriseId', 'reason'];
export const REASON_MAX = 300;

const length = (s: string) => s.trim().length;

export function validateProposal(d: ProposalDraft): ProposalErrors {
  const e: ProposalErrors = {};
  if (d.kind === 'add') {
    if (length(d.name) === 0) e.name = '请填写企业名称';
    else if (length(d.name) < 4) e.name = '企业名称至少 4 个字';
    else if (length(d.name) > 60) e.name = '企业名称不超过 60 个字';
    if (length(d.creditCode) === 0) e.creditCode = '请填写统一社会信用代码';
    else {
      const problem = creditCodeProblem(d.creditCode);
      if (problem) e.creditCode = CREDIT_CODE_MESSAGES[problem];
    }
    if (length(d.industry) < 2) e.industry = '请填写行业';
    else if (length(d.industry) > 20) e.industry = '行业不超过 20 个字';
    if (length(d.address) < 4) e.address = '请填写地址';
    else if (length(d.address) > 100) e.address = '地址不超过 100 个字';
  } else if (!d.enterpriseId) {
    e.enterpriseId = '请选择企业';
  }
  if (length(d.reason) === 0) e.reason = '请填写建议理由';
  else if (length(d.reason) < 4) e.reason = '请写明建议理由';
  else if (length(d.reason) > REASON_MAX) e.reason = `建议理由不超过 ${REASON_MAX} 个字`;
  return e;
}
