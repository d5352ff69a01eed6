import type { BulletinSummaryView, BulletinUnitDetail, BulletinView } from '../../src/core/bulletin/bulletin.model';
import type { RankingLine } from '../../src/core/figures/figures.model';
import type { ReadyBulletinDoc } from '../db/bulletin.repo';
import type { BulletinSection } from '../db/bulletin-section.repo';

const iso = (d?: Date | string) => (d ? new Date(d).toISOString() : undefined);

export const toBulletinSummary = (doc: Pick<ReadyBulletinDoc, '_id' | 'month' | 'title' | 'status' | 'version' | 'generatedAt' | 'publishedAt' | 'flaggedUnits' | 'seriousUnits'>): BulletinSummaryView => ({
  id: doc._id, month: doc.month, title: doc.title, status: doc.status, version: doc.version,
  generatedAt: iso(doc.generatedAt)!, ...(doc.publishedAt ? { publishedAt: iso(doc.publishedAt) } : {}),
  flaggedUnits: doc.flaggedUnits, seriousUnits: doc.seriousUnits,
});

export const toUnitDetail = <Row extends RankingLine>(s: BulletinSection<Row>): BulletinUnitDetail<Row> => ({
  unitId: s.unitId, name: s.name, figures: s.figures, stewards: s.stewards, stewardCount: s.stewardCount ?? s.stewards.rows.length,
});

export const toBulletinView = <Row extends RankingLine>(doc: ReadyBulletinDoc, sections: ReadonlyArray<BulletinSection<Row>>): BulletinView<Row> => ({
  ...toBulletinSummary(doc),
  summary: doc.summary ?? doc.generatedSummary,
  generatedSummary: doc.generatedSummary,
  remarks: doc.remarks,
  district: doc.district,
  units: doc.units,
  trend: doc.trend,
  interviews: doc.interviews,
  unitDetails: sections.map(toUnitDetail),
});
