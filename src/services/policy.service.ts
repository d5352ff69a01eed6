import { action } from './action';

/** An enterprise gets only the policies in force that match its industry and tags. */
export const listPolicies = action('policy.list');

export const listPromotions = action('policy.promotions');

/** Pushed policies still to present (or presented, `done: true`) to the caller's enterprises. */
export const listPromotionTodos = action('policy.todos');
