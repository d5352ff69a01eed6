import type { ActionInput } from '@/core/contracts';
import { action } from '@/services/action';
import { callAction } from '@/services/cloud';

/** What only a unit admin does: assignment, liaisons, handovers, cadence, proposals to the district. */

export const assignEnterprise = action('assignment.assign');

/** The unit's liaisons: account.list narrowed to one role. */
export const listLiaisons = (input: Omit<ActionInput<'account.list'>, 'role'>) => callAction('account.list', { ...input, role: 'liaison' });

export const attachLiaison = action('liaison.attach');

export const createHandover = action('handover.create');

/** The contact and visit cadence, the address and the map point: what a unit admin may change on an enterprise. */
export const updateCadence = action('enterprise.update');

export const createProposal = action('proposal.create');

export const listProposals = action('proposal.list');
