import { action } from '@/services/action';
import { callAction } from '@/services/cloud';

/** What only the district (区科经委) does: the service list, proposals, policies, the audit log, the calendar. */

export { listUnits } from '@/services/org.service';

export const createEnterprise = action('enterprise.create');

export const updateEnterprise = action('enterprise.update');

export const removeEnterprise = (id: string, reason: string) => callAction('enterprise.remove', { id, reason });

/** Rejected files throw IMPORT_REJECTED whose `details` lists every bad row; nothing is imported then. */
export const importEnterprises = (fileID: string) => callAction('enterprise.import', { fileID });

export const listProposals = action('proposal.list');

export const decideProposal = action('proposal.decide');

export const decideHandover = action('handover.decide');

export const createPolicy = action('policy.create');

export const listAudit = action('audit.list');

export const listCalendar = (year: number) => callAction('calendar.list', { year });

/** `working: null` removes the override, so the official calendar applies again. */
export const setCalendarDay = action('calendar.set');

/** A year's State Council schedule, replacing the one entered for that year before. */
export const setCalendarYear = action('calendar.setYear');
