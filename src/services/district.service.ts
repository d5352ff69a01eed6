import { action } from './action';
import { callAction } from './cloud';

export const fetchDistrictDashboard = action('dashboard.district');

export const listProposals = action('proposal.list');

export const decideProposal = action('proposal.decide');

export const listAudit = action('audit.list');

export const listCalendar = (year: number) => callAction('calendar.list', { year });

/** `working: null` removes the override, so the official calendar applies again. */
export const setCalendarDay = action('calendar.set');
