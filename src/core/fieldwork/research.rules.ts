/** After a leader research visit the steward follows up with the enterprise (回访) within this many working days. */
export const RESEARCH_FOLLOW_UP_WORKING_DAYS = 10;
