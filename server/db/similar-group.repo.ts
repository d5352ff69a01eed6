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

  /** Change a group if nobody changed it since it was read. */
  updateAtRev: async (db: Database, group: Pick<SimilarGroupDoc, '_id' | 'rev'>, fields: Partial<Omit<SimilarGroupDoc, '_id' | 'rev'>>): Promise<boolean> =>
    (await groups.updateWhere(db, { _id: group._id, rev: group.rev }, { ...fields, rev: group.rev + 1 })) === 1,

  /** Groups' sizes and revisions, without their members (a big group's list is long). */
  heads: (db: Database, ids: readonly string[]): Promise<Array<Pick<SimilarGroupDoc, '_id' | 'size' | 'rev'>>> =>
    ids.length ? groups.all(db, { _id: db.command.in([...ids]) }, { size: true, rev: true }) : Promise.resolve([]),

  /**
   * Which of these demands a group already holds: one count, and only when some are held one count
   * each (a concurrent joiner may have taken in a demand that does not yet point at the group).
   */
  holding: async (db: Database, groupId: string, ids: readonly string[]): Promise<string[]> => {
    if (!ids.length || (await groups.count(db, { _id: groupId, ids: db.command.in([...ids]) })) === 0) return [];
    const held = await Promise.all(ids.map(async (id) => (await groups.count(db, { _id: groupId, ids: id })) > 0));
    return ids.filter((_, i) => held[i]);
  },

  /** Add members not yet in a group, if nobody changed it since it was read: one update that sends only them. */
  joinAtRev: async (db: Database, group: Pick<SimilarGroupDoc, '_id' | 'rev'>, newcomers: readonly string[], terms: string[], at: Date): Promise<boolean> =>
    (await groups.updateWhere(db, { _id: group._id, rev: group.rev }, { ids: db.command.addToSet({ $each: [...newcomers] }), size: db.command.inc(newcomers.length), terms, updatedAt: at, rev: group.rev + 1 })) === 1,

  /** Take a member out of its group, if it is still in it (no read needed: the condition is the membership). */
  leave: async (db: Database, groupId: string, demandId: string, at: Date): Promise<void> => {
    const _ = db.command;
    await groups.updateWhere(db, { _id: groupId, ids: demandId }, { ids: _.pull(demandId), size: _.inc(-1), rev: _.inc(1), updatedAt: at });
  },
};
