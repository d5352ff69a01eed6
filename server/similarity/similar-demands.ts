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

/**
 * Add the newcomers to the target group at the revision read (again at the next one when another
 * writer moved it), or start a group of all the members. Those another joiner took in meanwhile
 * are left out, so the size stays the count of members (every membership change moves the
 * revision, so what was held at the revision read is held when the write succeeds).
 */
const addToGroup = async (db: Database, target: Pick<SimilarGroupDoc, '_id' | 'rev'> | null, members: ReadonlySet<string>, newcomers: readonly string[], terms: string[], at: Date): Promise<string> => {
  let current = target;
  for (let attempt = 0; current && attempt < ATTEMPTS; attempt++) {
    const held = new Set(await similarGroupRepo.holding(db, current._id, newcomers));
    const joining = newcomers.filter((id) => !held.has(id));
    if (!joining.length || (await similarGroupRepo.joinAtRev(db, current, joining, terms, at))) return current._id;
    current = (await similarGroupRepo.heads(db, [current._id]))[0] ?? null;
  }
  const ids = [...members].sort();
  const group: SimilarGroupDoc = { _id: newId(), ids, size: ids.length, terms, rev: 1, createdAt: at, updatedAt: at };
  await similarGroupRepo.insert(db, group);
  return group._id;
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
  // The biggest group takes in the others, so the fewest demands change group; only the others' members are read.
  const heads = (await similarGroupRepo.heads(db, groupIds)).sort((a, b) => b.size - a.size || (a._id < b._id ? -1 : 1));
  const [target, ...others] = heads;
  const absorbed = (others.length ? await similarGroupRepo.all(db, { _id: db.command.in(others.map((g) => g._id)) }) : []).flatMap((g) => g.ids);
  const members = new Set([d._id, ...neighbours.map((n) => n._id), ...absorbed]);
  // The target's own members already point at it: only the newcomers move (a popular subject's group holds thousands).
  const newcomers = [...new Set([d._id, ...neighbours.filter((n) => n.similarGroupId !== target?._id).map((n) => n._id), ...absorbed])];
  const terms = sharedTerms([d, ...neighbours].map(demandText));
  const groupId = await addToGroup(db, target ?? null, members, newcomers, terms, at);
  if (others.length) await similarGroupRepo.removeWhere(db, { _id: db.command.in(others.map((g) => g._id)) });
  await demandRepo.pointAtGroup(db, groupId === target?._id ? newcomers : [...members], groupId);
};

/** A demand that closes (or changes its words) leaves its buckets and its group. */
export const leaveSimilar = async (db: Database, d: Pick<DemandDoc, '_id' | 'similarity' | 'similarGroupId'>, at: Date): Promise<void> => {
  if (d.similarity?.bands.length) await similarBandRepo.leave(db, d.similarity.bands, d._id);
  if (d.similarGroupId) await similarGroupRepo.leave(db, d.similarGroupId, d._id, at);
};
