import { action } from './action';
import { callAction } from './cloud';

export const fetchUnitDashboard = (unitId?: string) => callAction('dashboard.unit', unitId ? { unitId } : {});

export const listStewardLoads = (unitId?: string) => callAction('org.stewards', unitId ? { unitId } : {});

export const assignEnterprise = action('assignment.assign');

export const listLiaisons = (input: { unitId?: string; page?: number; pageSize?: number }) => callAction('account.list', { role: 'liaison', ...input });

export const attachLiaison = action('liaison.attach');

export const createProposal = action('proposal.create');

export const listProposals = action('proposal.list');
