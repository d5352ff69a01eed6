import type { z } from 'zod';
import type { enterpriseCreateInput, enterpriseListInput, enterpriseUpdateInput } from '@/core/contracts/org.contracts';
import type { PageResult } from '@/core/demand/demand.model';
import type { EnterpriseView, ImportResult } from '@/core/org/org.model';
import { callAction } from './cloud';

export type EnterpriseCreateInput = z.input<typeof enterpriseCreateInput>;
export type EnterpriseUpdateInput = z.input<typeof enterpriseUpdateInput>;
export type EnterpriseListInput = z.input<typeof enterpriseListInput>;

export const listEnterprises = (input: EnterpriseListInput) => callAction<PageResult<EnterpriseView>>('enterprise.list', input);

export const getEnterprise = (id: string) => callAction<EnterpriseView>('enterprise.get', { id });

export const createEnterprise = (input: EnterpriseCreateInput) => callAction<EnterpriseView>('enterprise.create', input);

export const updateEnterprise = (input: EnterpriseUpdateInput) => callAction<EnterpriseView>('enterprise.update', input);

export const removeEnterprise = (id: string, reason: string) => callAction<EnterpriseView>('enterprise.remove', { id, reason });

/** Rejected files throw IMPORT_REJECTED whose `details` lists every bad row; nothing is imported then. */
export const importEnterprises = (fileID: string) => callAction<ImportResult>('enterprise.import', { fileID });

/** Only the contact and visit cadence: what a unit admin may change on an enterprise. */
export const updateCadence = (input: { id: string; contactCadenceDays: number; visitCadenceDays: number }) =>
  callAction<EnterpriseView>('enterprise.update', input);
