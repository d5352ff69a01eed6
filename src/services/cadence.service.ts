import { action } from './action';

/** Enterprises in the caller's scope, nearest due first (contact or on-site visit). */
export const listCadence = action('cadence.list');
