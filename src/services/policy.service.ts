import { action } from './action';

export const createPolicy = action('policy.create');

/** An enterprise gets only the policies in force that match its industry and tags. */
export const listPolicies = action('policy.list');

export const promotePolicy = action('policy.promote');

export const listPromotions = action('policy.promotions');
