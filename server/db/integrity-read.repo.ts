import { repository } from './repository';

/** Who at the district opened which report, and when (art. 11: access to reports is logged). */
export interface IntegrityReadDoc {
  _id: string;
  reportId: string;
  reportNumber: string;
  readerId: string;
  readerName: string;
  at: Date;
}

export const integrityReadRepo = repository('integrity_reads');
