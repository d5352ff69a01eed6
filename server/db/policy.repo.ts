import { repository } from './repository';

/** A policy in the district's library, pushed to enterprises whose industry or tags match. */
export interface PolicyDoc {
  _id: string;
  title: string;
  summary: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  industries: string[];
  tags: string[];
  link?: string;
  attachmentFileId?: string;
  createdBy: string;
  createdAt: Date;
}

export const policyRepo = repository('policies');
