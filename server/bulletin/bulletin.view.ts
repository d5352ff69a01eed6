import type { BulletinSummaryView, BulletinUnitDetail, BulletinView } from '../../src/core/bulletin/bulletin.model';
import type { ReadyBulletinDoc } from '../db/bulletin.repo';
import type { BulletinSectionDoc } from '../db/bulletin-section.repo';

const iso = (d?: Date | string) => (d ? new Date(d).toISOString() : undefined);

export const toBulletinSummary = (doc: Pick<ReadyBulletinDoc, '_id' | 'month' | 'title' | 'status' | 'version' | 'generatedAt' | 'publishedAt' | 'flaggedUnits' | 'seriousUnits'>): BulletinSummaryView => ({
  id: doc._id, month: doc.month, title: doc.title, status: doc.status, version: doc.version,
  generatedAt: iso(doc.generatedAt)!, ...(doc.publishedAt ? { publishedAt: iso(doc.publishedAt) } : {}),
  flaggedUnits: doc.flaggedUnits, seriousUnits: doc.seriousUnits,
});

export const toUnitDetail = (s: BulletinSectionDoc): BulletinUnitDetail => ({ unitId: s.unitId, name: s.name, figures: s.figures, stewards: s.stewards });

export const toBulletinView = (doc: ReadyBulletinDoc, sections: readonly BulletinSectionDoc[]): BulletinView => ({
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
