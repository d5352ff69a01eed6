import { repository } from './repository';

/** A unit's proposal to add an enterprise to the list or remove one, decided by the district. */
export interface ProposalDoc {
  _id: string;
  unitId: string;
  kind: 'add' | 'remove';
  enterpriseId?: string;
  enterpriseName: string;
  creditCode?: string;
  industry?: string;
  address?: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  decisionReason?: string;
  decidedBy?: string;
  decidedAt?: Date;
  createdBy: string;
  createdAt: Date;
}

export const proposalRepo = repository('proposals');
