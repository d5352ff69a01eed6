import { action } from './action';
import { callAction } from './cloud';

/** Enterprises in the caller's scope, nearest due first (contact or on-site visit). */
export const listCadence = action('cadence.list');

/** One enterprise with its cadence, preferences and the latest of everything done with it. */
export const getEnterpriseProfile = (id: string) => callAction('enterprise.profile', { id });

/** An enterprise contact sets how and when the government may contact it (无事不扰). */
export const savePreferences = action('enterprise.setPreferences');

/** Every demand of one enterprise, for its profile's 查看全部. */
export const listEnterpriseDemands = action('demand.list');
