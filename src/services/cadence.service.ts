import type { DemandSummary, PageResult } from '@/core/demand/demand.model';
import type { CadenceRow, EnterprisePreferences, EnterpriseProfile } from '@/core/fieldwork/fieldwork.model';
import { callAction } from './cloud';

export type CadenceFilter = 'overdue' | 'due_soon' | 'ok';

/** Enterprises in the caller's scope, nearest due first (contact or on-site visit). */
export const listCadence = (input: { state?: CadenceFilter; page: number; pageSize: number }) =>
  callAction<PageResult<CadenceRow>>('cadence.list', input);

/** One enterprise with its cadence, preferences and the latest of everything done with it. */
export const getEnterpriseProfile = (id: string) => callAction<EnterpriseProfile>('enterprise.profile', { id });

export interface PreferencesInput {
  channels: string[];
  quietPeriods: string;
  note: string;
}

/** An enterprise contact sets how and when the government may contact it (无事不扰). */
export const savePreferences = (input: PreferencesInput) => callAction<EnterprisePreferences>('enterprise.setPreferences', input);

/** Every demand of one enterprise, for its profile's 查看全部. */
export const listEnterpriseDemands = (input: { enterpriseId: string; page: number; pageSize: number }) =>
  callAction<PageResult<DemandSummary>>('demand.list', input);
