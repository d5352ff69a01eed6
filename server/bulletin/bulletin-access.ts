import { AppError, notFound } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { assertAccess, narrowedScope } from '../runtime/access';
import { bulletinRepo, type ReadyBulletinDoc } from '../db/bulletin.repo';
import type { RankingLine } from '../../src/core/figures/figures.model';
import { bulletinSectionRepo, sectionId, type BulletinSection, type BulletinSectionDoc } from '../db/bulletin-section.repo';
import type { UserDoc } from '../db/user.repo';
import type { PageRequest } from '../db/paging';
import type { PageResult } from '../../src/core/demand/demand.model';
import { firstPageOf, stewardLinesPage, withEveryLine } from './section-lines';

/**
 * A bulletin as one caller may read it: the district any generated one, a unit admin a published
 * one. The units' detail is narrowed by the `figures` scope: a unit admin's own unit only (asking
 * for another is refused), the district the unit it asks for, or every unit (for an export).
 */
export const readableBulletin = async (db: Database, user: UserDoc, id: string): Promise<ReadyBulletinDoc> => {
  const doc = await bulletinRepo.get(db, id);
  assertReadable(user, doc);
  return doc as ReadyBulletinDoc;
};

/** The same check on the bulletin's status alone (a page of a unit's lines needs nothing else of it). */
export const assertBulletinReadable = async (db: Database, user: UserDoc, id: string): Promise<void> => {
  const status = await bulletinRepo.statusOf(db, id);
  assertReadable(user, status && { status });
};

const assertReadable = (user: UserDoc, doc: { status: string } | null) => {
  if (!doc || doc.status === 'generating') throw notFound('月通报不存在或尚未生成');
  assertAccess(user, 'bulletin', doc);
  if (doc.status !== 'published' && user.role !== 'district_admin') throw notFound('月通报尚未发布');
};

/** The unit whose detail the caller reads: the one the district asks for, a unit admin's own (asking for another is refused). */
const detailUnit = (user: UserDoc, unitId: string | undefined): string | undefined => narrowedScope(user, 'figures', { unitId }, '只能查看本单位的通报详情')?.unitId;

/** The section the page shows (its first page of steward lines): the one the district asks for, a unit admin's own; none otherwise. */
export const readableSection = async (db: Database, user: UserDoc, id: string, unitId: string | undefined): Promise<Array<BulletinSection<RankingLine>>> => {
  const unit = detailUnit(user, unitId);
  if (!unit) return [];
  return [firstPageOf(found(await bulletinSectionRepo.lines(db, sectionId(id, unit))))];
};

/** A page of the steward lines of the unit whose detail the caller may read. */
export const readableStewardLines = async (db: Database, user: UserDoc, id: string, unitId: string | undefined, request: PageRequest): Promise<PageResult<RankingLine>> => {
  const unit = detailUnit(user, unitId);
  if (!unit) throw new AppError('VALIDATION_FAILED', '请选择单位');
  return found(await stewardLinesPage(db, id, unit, request));
};

/** The sections an export prints in full: every unit's for the district, a unit admin's own. */
export const exportedSections = async (db: Database, user: UserDoc, id: string): Promise<BulletinSectionDoc[]> => {
  const unit = detailUnit(user, undefined);
  const sections = unit ? [found(await bulletinSectionRepo.get(db, sectionId(id, unit)))] : await bulletinSectionRepo.ofBulletin(db, id);
  return withEveryLine(db, id, sections, unit);
};

const found = <T>(section: T | null): T => {
  if (!section) throw notFound('该单位不在本期通报中');
  return section;
};

/** Why a conditional write on a draft matched nothing: it was published meanwhile, or changed by someone else. */
export const draftWriteRefused = async (db: Database, id: string): Promise<AppError> => {
  const now = await bulletinRepo.get(db, id);
  if (!now || now.status === 'generating') return notFound('月通报不存在或尚未生成');
  return now.status === 'published' ? new AppError('INVALID_STATE', '月通报已发布，不能再修改') : new AppError('CONFLICT', '月通报已被他人修改，请刷新后重试');
};
