import type { BulletinStatus } from '../../src/core/bulletin/bulletin.model';
import type { InterviewSuggestion } from '../../src/core/bulletin/interview-suggestions';
import type { FiguresView, RankingView, TrendView } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { isDuplicateKey } from './duplicate-key';
import { repository } from './repository';

/** What a generated bulletin holds, frozen at generation (the units' detail is in `bulletin_sections`). */
export interface BulletinContent {
  title: string;
  generatedSummary: string;
  district: FiguresView;
  units: RankingView;
  trend: TrendView;
  interviews: InterviewSuggestion[];
  flaggedUnits: number;
  seriousUnits: number;
  generatedAt: Date;
}

/**
 * One month's bulletin, `_id` = `bulletin-YYYY-MM`. It is claimed first (`generating`, with the
 * claimant's token), filled by the claimant, then becomes a draft the district edits and publishes.
 */
export interface BulletinDoc extends Partial<BulletinContent> {
  _id: string;
  month: string;
  status: 'generating' | BulletinStatus;
  claim: string;
  claimedAt: Date;
  version: number;
  /** The district's edit of the generated summary. */
  summary?: string;
  remarks: string;
  updatedAt: Date;
  updatedBy?: string;
  publishedAt?: Date;
  publishedBy?: string;
}

export type ReadyBulletinDoc = BulletinDoc & BulletinContent & { status: BulletinStatus };

const bulletins = repository('bulletins');

/** The fields a list shows: the frozen figures stay in the database. */
const LISTED = { _id: true, month: true, status: true, version: true, title: true, generatedAt: true, publishedAt: true, flaggedUnits: true, seriousUnits: true } as const;

export const bulletinRepo = {
  ...bulletins,

  /** Claim a month's generation: false when another run holds it or it is done (the timer fired twice). */
  claim: (db: Database, doc: BulletinDoc): Promise<boolean> =>
    bulletins.insert(db, doc).then(
      () => true,
      (error) => {
        if (isDuplicateKey(error)) return false;
        throw error;
      },
    ),

  /** Take over a claim whose run died (it stopped before filling the bulletin); one run wins. */
  takeOver: async (db: Database, stale: BulletinDoc, claim: string, at: Date): Promise<boolean> =>
    (await bulletins.updateWhere(db, { _id: stale._id, status: 'generating', claim: stale.claim }, { claim, claimedAt: at })) === 1,

  /** The claimant fills its bulletin in, which makes it a draft; false when its claim was taken over. */
  fill: async (db: Database, id: string, claim: string, content: BulletinContent): Promise<boolean> =>
    (await bulletins.updateWhere(db, { _id: id, status: 'generating', claim }, { ...content, status: 'draft', version: 1 })) === 1,

  /** A bulletin's status alone: whether a caller may read it, without its figures and text. */
  statusOf: async (db: Database, id: string): Promise<BulletinStatus | null> =>
    ((await bulletins.of(db).where({ _id: id }).field({ status: true }).limit(1).get()).data[0] as { status: BulletinStatus } | undefined)?.status ?? null,

  /** Newest month first; drafts only for the district. */
  listed: (db: Database, statuses: readonly BulletinStatus[]) => bulletins.find(db, { status: db.command.in([...statuses]) }).orderBy('month', 'desc').field(LISTED),
};
