import type { CourseKind, CourseStatus } from '../../src/core/training/training.model';
import type { Database } from '../runtime/cloud-types';
import type { AttachmentDoc } from './demand.repo';
import { repository } from './repository';

export type CourseMaterialDoc =
  | { type: 'video'; file: AttachmentDoc; durationSeconds: number }
  | { type: 'document'; name: string; pages: AttachmentDoc[] };

/** A course the district runs (art. 2, 6): drafted, then published; required ones go to every new steward. */
export interface CourseDoc {
  _id: string;
  kind: CourseKind;
  title: string;
  summary: string;
  hours: number;
  required: boolean;
  status: CourseStatus;
  /** Online courses. */
  material?: CourseMaterialDoc;
  /** Lectures and visits: where and when, and the code the organiser shows at the venue. */
  session?: { venue: string; startsAt: Date; endsAt: Date };
  signInCode?: string;
  /** Case sharing: the anonymised text, and the demand it was drafted from. */
  caseText?: string;
  sourceDemandId?: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt?: Date;
}

const courses = repository('courses');

export const courseRepo = {
  ...courses,

  /** Published courses with this sign-in code (codes are random; the session window tells two apart). */
  bySignInCode: async (db: Database, code: string): Promise<CourseDoc[]> =>
    (await courses.of(db).where({ signInCode: code, status: 'published' }).limit(20).get()).data,

  /** The published required courses a new steward is given (a few dozen at most). */
  requiredPublished: async (db: Database): Promise<CourseDoc[]> =>
    (await courses.of(db).where({ required: true, status: 'published' }).limit(100).get()).data,
};
