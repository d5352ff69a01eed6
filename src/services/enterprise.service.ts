import { action } from './action';
import { callAction } from './cloud';

export const listEnterprises = action('enterprise.list');

export const getEnterprise = (id: string) => callAction('enterprise.get', { id });

export const createEnterprise = action('enterprise.create');

export const updateEnterprise = action('enterprise.update');

export const removeEnterprise = (id: string, reason: string) => callAction('enterprise.remove', { id, reason });

/** Rejected files throw IMPORT_REJECTED whose `details` lists every bad row; nothing is imported then. */
export const importEnterprises = (fileID: string) => callAction('enterprise.import', { fileID });

/** Only the contact and visit cadence: what a unit admin may change on an enterprise. */
export const updateCadence = action('enterprise.update');
