import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** A group of open demands that ask about the same thing (src/core/similarity/grouping.ts), kept as demands come and go. */
export interface SimilarGroupDoc {
  _id: string;
  /** The open members. */
  ids: string[];
  size: number;
  /** Phrases most members share, e.g. 研发费用补贴. */
  terms: string[];
  /** Optimistic-concurrency counter: membership changes are conditional on it. */
  rev: number;
  createdAt: Date;
  updatedAt: Date;
  /** The district's last answer to the whole group, and the members it has reached. */
  reply?: { text: string; at: Date; by: string; byName: string; answered: string[] };
}

const groups = repository('similar_groups');

export const similarGroupRepo = {
  ...groups,

  /**
   * Groups with at least two open members, biggest first, each with its first `members` ids only: a
   * big group holds thousands (3,112, 109 KB, in the biggest at ten times Pudong) and a list shows a few.
   * Every field is named: a slice alone reads as an inclusion to some engines and not to others.
   */
  listed: (db: Database, members: number) =>
    groups.of(db).where({ size: db.command.gte(2) }).orderBy('size', 'desc').orderBy('_id', 'asc').field({ ids: db.command.project.slice(members), size: true, terms: true, rev: true, createdAt: true, updatedAt: true, reply: true }),

  /** Change a group's membership if nobody changed it since it was read. */
  updateAtRev: async (db: Database, group: Pick<SimilarGroupDoc, '_id' | 'rev'>, fields: Partial<Omit<SimilarGroupDoc, '_id' | 'rev'>>): Promise<boolean> =>
    (await groups.updateWhere(db, { _id: group._id, rev: group.rev }, { ...fields, rev: group.rev + 1 })) === 1,
};
