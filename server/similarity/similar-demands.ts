import { demandText, jaccard, shingles } from '../../src/core/similarity/demand-text';
import { rankedCandidates, SAME_SUBJECT_JACCARD } from '../../src/core/similarity/grouping';
import { similaritySignature, type SimilaritySignature } from '../../src/core/similarity/minhash';
import { sharedTerms } from '../../src/core/similarity/shared-terms';
import type { Database } from '../runtime/cloud-types';
import { newId } from '../db/codes';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { similarBandRepo } from '../db/similar-band.repo';
import { similarGroupRepo, type SimilarGroupDoc } from '../db/similar-group.repo';

/**
 * Groups of open demands that ask about the same thing, kept as demands are written (issue 9
 * item 6), so the district's list reads a few group documents instead of comparing every open
 * demand with every other. A demand's signature (64 LSH band keys, src/core/similarity) puts it
 * in 64 buckets; the demands sharing a bucket are its candidates, those with a Jaccard
 * similarity of at least SAME_SUBJECT_JACCARD its neighbours, and it joins their group (merging
 * groups it bridges). A demand leaves its buckets and group when it closes. Membership is an
 * index: a concurrent change can leave a group slightly off, never a demand's own record.
 */

export const signatureOf = (d: Pick<DemandDoc, 'title' | 'description'>): SimilaritySignature => similaritySignature(demandText(d));

type Member = Pick<DemandDoc, '_id' | 'title' | 'description' | 'similarGroupId'>;

const ATTEMPTS = 3;

/** Add members to a group, or start one; conditional on the group's revision, retried when another writer moved it. */
const addToGroup = async (db: Database, target: SimilarGroupDoc | null, members: ReadonlySet<string>, terms: string[], at: Date): Promise<string> => {
  if (!target) {
    const ids = [...members].sort();
    const group: SimilarGroupDoc = { _id: newId(), ids, size: ids.length, terms, rev: 1, createdAt: at, updatedAt: at };
    await similarGroupRepo.insert(db, group);
    return group._id;
  }
  let current: SimilarGroupDoc | null = target;
  for (let attempt = 0; current && attempt < ATTEMPTS; attempt++) {
    const ids = [...new Set([...current.ids, ...members])].sort();
    if (await similarGroupRepo.updateAtRev(db, current, { ids, size: ids.length, terms, updatedAt: at })) return current._id;
    current = await similarGroupRepo.get(db, current._id);
  }
  return addToGroup(db, null, members, terms, at);
};

/** An open demand with its stored signature joins the band buckets and, if it has neighbours, their group. */
export const joinSimilar = async (db: Database, d: DemandDoc, at: Date): Promise<void> => {
  const bands = d.similarity?.bands ?? [];
  if (bands.length === 0) return;
  const buckets = await similarBandRepo.byKeys(db, bands);
  const candidates = rankedCandidates(buckets, d._id);
  await similarBandRepo.enter(db, bands, d._id, new Set(buckets.map((b) => b._id)));
  if (candidates.length === 0) return;
  const mine = shingles(demandText(d));
  const neighbours: Member[] = (await demandRepo.openAmong(db, candidates)).filter((o) => jaccard(mine, shingles(demandText(o))) >= SAME_SUBJECT_JACCARD);
  if (neighbours.length === 0) return;

  const groupIds = [...new Set(neighbours.map((n) => n.similarGroupId).filter((id): id is string => !!id))];
  const groups = groupIds.length ? await similarGroupRepo.all(db, { _id: db.command.in(groupIds) }) : [];
  // The biggest group takes in the others, so the fewest demands change group.
  groups.sort((a, b) => b.size - a.size || (a._id < b._id ? -1 : 1));
  const [target, ...absorbed] = groups;
  const members = new Set([d._id, ...neighbours.map((n) => n._id), ...absorbed.flatMap((g) => g.ids)]);
  const terms = sharedTerms([d, ...neighbours].map(demandText));
  const groupId = await addToGroup(db, target ?? null, members, terms, at);
  if (absorbed.length) await similarGroupRepo.removeWhere(db, { _id: db.command.in(absorbed.map((g) => g._id)) });
  // The target's own members already point at it: only the newcomers move (a popular subject's group holds thousands).
  const movers = groupId === target?._id ? [d._id, ...neighbours.filter((n) => n.similarGroupId !== groupId).map((n) => n._id), ...absorbed.flatMap((g) => g.ids)] : [...members];
  await demandRepo.pointAtGroup(db, [...new Set(movers)], groupId);
};

/** A demand that closes (or changes its words) leaves its buckets and its group. */
export const leaveSimilar = async (db: Database, d: Pick<DemandDoc, '_id' | 'similarity' | 'similarGroupId'>, at: Date): Promise<void> => {
  if (d.similarity?.bands.length) await similarBandRepo.leave(db, d.similarity.bands, d._id);
  let group = d.similarGroupId ? await similarGroupRepo.get(db, d.similarGroupId) : null;
  for (let attempt = 0; group && group.ids.includes(d._id) && attempt < ATTEMPTS; attempt++) {
    const ids = group.ids.filter((id) => id !== d._id);
    if (await similarGroupRepo.updateAtRev(db, group, { ids, size: ids.length, updatedAt: at })) return;
    group = await similarGroupRepo.get(db, group._id);
  }
};
