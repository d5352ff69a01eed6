import { jaccard, shingles } from './demand-text';
import { sharedTerms } from './shared-terms';

/**
 * Groups of open demands that ask about the same thing (e.g. twelve enterprises asking about
 * one subsidy), so the district can answer once at policy level. Candidates come from shared
 * LSH bands; each candidate pair is checked with the exact Jaccard similarity of its shingles;
 * groups are the connected components of the pairs that pass.
 */

/** Pairs at or above this Jaccard similarity (bigrams + trigrams) ask about the same thing. */
export const SAME_SUBJECT_JACCARD = 0.2;
/** A band bucket this big is made of very common shingles, not a subject: it proposes no pairs. */
export const MAX_BUCKET = 500;
/** A new demand is compared with at most this many candidates, those sharing the most bands first. */
export const MAX_CANDIDATES = 100;
/** A stored band bucket keeps its latest members only: enough to find a subject's group. */
export const BUCKET_SAMPLE = 30;

/**
 * A stored band bucket: how many open demands have the band (`n`) and the latest BUCKET_SAMPLE of
 * them. Bounded, so a popular subject's demands do not each read and rewrite ever longer lists;
 * the count still tells a band of very common shingles (over MAX_BUCKET) from a subject.
 */
export const bucketOf = (ids: readonly string[]): { ids: string[]; n: number } => ({ ids: ids.slice(-BUCKET_SAMPLE), n: ids.length });

/** Candidates for one item from its band buckets: ids sharing the most bands first, at most MAX_CANDIDATES. */
export const rankedCandidates = (buckets: ReadonlyArray<{ ids: readonly string[]; n?: number }>, self: string): string[] => {
  const shared = new Map<string, number>();
  for (const b of buckets) if ((b.n ?? b.ids.length) <= MAX_BUCKET) for (const id of b.ids) if (id !== self) shared.set(id, (shared.get(id) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CANDIDATES).map(([id]) => id);
};

export interface SimilarityItem {
  id: string;
  /** Stored band keys (see similaritySignature). */
  bands: readonly string[];
  /** Title and description (see demandText), for the exact check and the group's terms. */
  text: string;
}

export interface SimilarGroup {
  ids: string[];
  /** Phrases most members share, longest first, e.g. 研发费用补贴. */
  terms: string[];
}

/** Pairs of ids sharing at least one band bucket, each once, a < b. */
export const candidatePairs = (items: ReadonlyArray<Pick<SimilarityItem, 'id' | 'bands'>>, maxBucket = MAX_BUCKET): Array<[string, string]> => {
  const buckets = new Map<string, string[]>();
  for (const item of items) {
    for (const band of item.bands) {
      const bucket = buckets.get(band);
      if (bucket) bucket.push(item.id);
      else buckets.set(band, [item.id]);
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > maxBucket) continue;
    const sorted = [...new Set(members)].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.set(`${sorted[i]}|${sorted[j]}`, [sorted[i], sorted[j]]);
  }
  return [...pairs.values()];
};

/** Union-find root with path compression. */
const find = (parent: Map<string, string>, id: string): string => {
  let root = id;
  while (parent.get(root) !== root) root = parent.get(root)!;
  for (let node = id; node !== root; ) {
    const next = parent.get(node)!;
    parent.set(node, root);
    node = next;
  }
  return root;
};

export const groupSimilar = (items: readonly SimilarityItem[], threshold = SAME_SUBJECT_JACCARD, maxBucket = MAX_BUCKET): SimilarGroup[] => {
  const sets = new Map(items.map((i) => [i.id, shingles(i.text)]));
  const parent = new Map(items.map((i) => [i.id, i.id]));
  for (const [a, b] of candidatePairs(items, maxBucket)) {
    if (jaccard(sets.get(a)!, sets.get(b)!) < threshold) continue;
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const texts = new Map(items.map((i) => [i.id, i.text]));
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const root = find(parent, item.id);
    const group = groups.get(root);
    if (group) group.push(item.id);
    else groups.set(root, [item.id]);
  }
  return [...groups.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => ({ ids: ids.sort(), terms: sharedTerms(ids.map((id) => texts.get(id)!)) }))
    .sort((x, y) => y.ids.length - x.ids.length || (x.ids[0] < y.ids[0] ? -1 : 1));
};
