import type { PageResult } from '@/core/demand/demand.model';
import type { AccountView, EnterpriseView, ProposalView, StewardLoad, UnitDashboard } from '@/core/org/org.model';
import { callAction } from './cloud';

export const fetchUnitDashboard = (unitId?: string) => callAction<UnitDashboard>('dashboard.unit', unitId ? { unitId } : {});

export const listStewardLoads = (unitId?: string) => callAction<StewardLoad[]>('org.stewards', unitId ? { unitId } : {});

export const assignEnterprise = (input: { enterpriseId: string; stewardId: string }) =>
  callAction<{ enterprise: EnterpriseView; stewardOverloaded: boolean }>('assignment.assign', input);

export const listLiaisons = (input: { unitId?: string; page?: number; pageSize?: number }) =>
  callAction<PageResult<AccountView>>('account.list', { role: 'liaison', ...input });

export const attachLiaison = (input: { liaisonId: string; stewardId: string }) => callAction<AccountView>('liaison.attach', input);

export type ProposalInput =
  | { kind: 'add'; name: string; creditCode: string; industry: string; address: string; reason: string }
  | { kind: 'remove'; enterpriseId: string; reason: string };

export const createProposal = (input: ProposalInput) => callAction<ProposalView>('proposal.create', input);

export const listProposals = (input: { page?: number; pageSize?: number }) =>
  callAction<PageResult<ProposalView>>('proposal.list', input);
