/**
 * The quarterly interview (季约谈, guideline art. 7): after each quarter the district ranks the
 * units on the quarter's figures and red flags (src/core/bulletin), interviews those it picks
 * (the bottom ranks and serious red flags suggested) and asks each for a rectification plan.
 */
export interface InterviewView {
  id: string;
  /** The quarter discussed, e.g. 2026年第1季度. */
  quarterLabel: string;
  quarterFrom: string;
  unitId: string;
  unitName: string;
  /** YYYY-MM-DD. */
  date: string;
  attendees: string;
  problems: string;
  commitments: string;
  recordedByName: string;
  recordedAt: string;
  /** The rectification plan asked for, if any. */
  plan?: { id: string; dueAt: string };
}
