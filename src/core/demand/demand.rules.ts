/** Time limits from Shanghai's "1515" practice (see DOMAIN.md), in working days. */
export const REVIEW_WORKING_DAYS = 1;
export const FIRST_CONTACT_WORKING_DAYS = 1;
export const SIMPLE_RESOLVE_WORKING_DAYS = 5;
export const COMPLEX_RESOLVE_WORKING_DAYS = 15;

/** A demand still waiting for the steward's review after its review deadline is overdue. */
export const isReviewOverdue = (d: { status: string; reviewDueAt?: Date | string }, now: Date): boolean =>
  d.status === 'submitted' && !!d.reviewDueAt && new Date(d.reviewDueAt).getTime() < now.getTime();
