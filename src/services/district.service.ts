import type { z } from 'zod';
import type { auditListInput } from '@/core/contracts/org.contracts';
import type { PageResult } from '@/core/demand/demand.model';
import type { AuditEntryView, HandoverTaskView, ProposalView, UnitSummary } from '@/core/org/org.model';
import { callAction } from './cloud';

export interface DistrictDashboard {
  units: UnitSummary[];
  overdueHandoverTasks: HandoverTaskView[];
  pendingProposals: number;
}

export type ProposalStatus = ProposalView['status'];
export type AuditListInput = z.input<typeof auditListInput>;

export interface CalendarOverride {
  date: string;
  working: boolean;
  note: string;
}

export const fetchDistrictDashboard = () => callAction<DistrictDashboard>('dashboard.district');

export const listProposals = (input: { status?: ProposalStatus; page: number; pageSize: number }) =>
  callAction<PageResult<ProposalView>>('proposal.list', input);

export const decideProposal = (input: { id: string; approve: boolean; reason: string; stewardId?: string }) =>
  callAction<ProposalView>('proposal.decide', input);

export const listAudit = (input: AuditListInput) => callAction<PageResult<AuditEntryView>>('audit.list', input);

export const listCalendar = (year: number) => callAction<CalendarOverride[]>('calendar.list', { year });

/** `working: null` removes the override, so the official calendar applies again. */
export const setCalendarDay = (input: { date: string; working: boolean | null; note: string }) =>
  callAction<{ date: string; working: boolean | null }>('calendar.set', input);
