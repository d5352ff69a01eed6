import { ENTERPRISE_TEXT, PROPOSAL_REASON } from '@/core/contracts/org.fields';
import { textProblem } from '@/core/contracts/text-rule';
import { creditCodeMessage } from '@/core/credit-code';
import { presentErrors } from '@/utils/form-errors';

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

type ProposalField = 'name' | 'creditCode' | 'industry' | 'address' | 'enterpriseId' | 'reason';
type ProposalErrors = Partial<Record<ProposalField, string>>;
export const PROPOSAL_FIELDS: readonly ProposalField[] = ['name', 'creditCode', 'industry', 'address', 'enterpriseId', 'reason'];
export const REASON_MAX = PROPOSAL_REASON.max;

export function validateProposal(d: ProposalDraft): ProposalErrors {
  const adding = d.kind === 'add';
  return presentErrors({
    name: adding ? textProblem(d.name, ENTERPRISE_TEXT.name) : undefined,
    creditCode: adding ? creditCodeMessage(d.creditCode) : undefined,
    industry: adding ? textProblem(d.industry, ENTERPRISE_TEXT.industry) : undefined,
    address: adding ? textProblem(d.address, ENTERPRISE_TEXT.address) : undefined,
    enterpriseId: !adding && !d.enterpriseId ? '请选择企业' : undefined,
    reason: textProblem(d.reason, PROPOSAL_REASON),
  });
}
