import type { FiguresView, RankingLine, RankingRowView, RankingView, TrendView } from '../figures/figures.model';
import type { InterviewSuggestion } from './interview-suggestions';

/**
 * The monthly bulletin (月通报) as the actions answer it. Everything in it was frozen when the
 * timer generated it: the district's figures with their 口径, the ranking of units, each unit's
 * figures and the ranking of its stewards, the red flags, the summary and the interview list.
 * The district may add remarks and edit the summary while it is a draft, then publishes it.
 */
export const BULLETIN_STATUSES = ['draft', 'published'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];
export const BULLETIN_STATUS_LABELS: Record<BulletinStatus, string> = { draft: '待发布', published: '已发布' };

export const BULLETIN_TITLE = '浦东新区重点企业服务管家工作月通报';

/** 2026-11 → 2026年11月. */
export const monthLabel = (month: string): string => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** The bulletin's one id per month: the key that makes a second generation of the same month impossible. */
export const bulletinId = (month: string): string => `bulletin-${month}`;

export const bulletinTitle = (month: string): string => `${BULLETIN_TITLE} ${monthLabel(month)}`;

export interface BulletinSummaryView {
  id: string;
  /** YYYY-MM: the month the bulletin reports on. */
  month: string;
  title: string;
  status: BulletinStatus;
  version: number;
  generatedAt: string;
  publishedAt?: string;
  /** Units with a red flag, and with a serious one. */
  flaggedUnits: number;
  seriousUnits: number;
}

/** One unit's part: its own figures and the ranking of its stewards (a unit admin sees only their own). */
export interface BulletinUnitDetail<StewardRow extends RankingLine = RankingRowView> {
  unitId: string;
  name: string;
  figures: FiguresView;
  /** On the page, the first BULLETIN_STEWARD_PAGE lines and their chart (`bulletin.stewards` pages the rest); in an export, every line. */
  stewards: RankingView<StewardRow>;
  /** Every steward ranked, whether or not their line is in `stewards.rows`. */
  stewardCount: number;
}

/**
 * A bulletin as its page reads it: a unit's stewards as lines (rank, score, red flags), the first
 * page of them. At ten times Pudong a unit ranks ~300 stewards, and their scores' breakdowns
 * would triple the read.
 */
export interface BulletinView<StewardRow extends RankingLine = RankingLine> extends BulletinSummaryView {
  /** The summary as published: the district's edit, or the generated text. */
  summary: string;
  /** The generated text, kept beside an edit so the district can compare or go back to it. */
  generatedSummary: string;
  remarks: string;
  district: FiguresView;
  units: RankingView;
  /** The district's last months, for the trend chart (the bulletin month last). */
  trend: TrendView;
  interviews: InterviewSuggestion[];
  /** A unit's detail: the one the district asked for (`unitId`), a unit admin's own; none otherwise. */
  unitDetails: Array<BulletinUnitDetail<StewardRow>>;
}

/** The whole bulletin as the exports print it: each steward's score with its breakdown. */
export type BulletinDocumentView = BulletinView<RankingRowView>;

export const BULLETIN_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type BulletinExportFormat = (typeof BULLETIN_EXPORT_FORMATS)[number];
