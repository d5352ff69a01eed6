/** Time limits from Shanghai's "1515" practice (see DOMAIN.md), in working days. */
export const REVIEW_WORKING_DAYS = 1;
export const FIRST_CONTACT_WORKING_DAYS = 1;
// Resolution limits depend on complexity: RESOLVE_WORKING_DAYS in demand.deadlines.ts.
