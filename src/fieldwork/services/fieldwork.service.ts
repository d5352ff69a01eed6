import { action } from '@/services/action';

/** What stewards and liaisons record in the field: research visits and their promises, reports, promotions, corrections. */

export const recordResearch = action('research.record');

export const planResearch = action('research.plan');

export const cancelResearchPlan = action('research.cancelPlan');

export const closePromise = action('research.closePromise');

export const followUpResearch = action('research.followUp');

export const createReport = action('report.create');

export const promotePolicy = action('policy.promote');

/** Corrects the content of one's own contact record within 24 hours of recording it (kept in the audit log). */
export const updateContact = action('contact.update');
