import { repository } from './repository';

export interface ResearchPromiseDoc {
  id: string;
  content: string;
  owner: string;
  dueDate: string;
  status: 'open' | 'closed';
  outcome?: string;
  closedAt?: Date;
  closedBy?: string;
}

/** A leader's research visit to an enterprise (art. 5.1) and the promises made there. */
export interface ResearchVisitDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it), who follows up; createdBy keeps who recorded. */
  stewardId: string;
  date: string;
  leaders: string;
  accompanying: string;
  topics: string;
  promises: ResearchPromiseDoc[];
  openPromises: number;
  /** 回访: the steward follows up with the enterprise after the visit. */
  followUpDueAt: Date;
  followUpAt?: Date;
  followUpNote?: string;
  createdBy: string;
  createdAt: Date;
}

export const researchVisitRepo = repository('research_visits');
