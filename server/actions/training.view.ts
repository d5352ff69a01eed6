import type { CourseView, TrainingRecordView } from '../../src/core/training/training.model';
import { progressRule, type ProgressMaterial } from '../../src/core/training/training.rules';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { CourseDoc } from '../db/course.repo';
import type { TrainingRecordDoc } from '../db/training-record.repo';

/** The course's material as the progress rule reads it. */
export const progressMaterialOf = (c: CourseDoc): ProgressMaterial => ({
  kind: c.kind,
  materialType: c.material?.type,
  durationSeconds: c.material?.type === 'video' ? c.material.durationSeconds : undefined,
  pages: c.material?.type === 'document' ? c.material.pages.length : undefined,
  caseText: c.caseText,
});

/** `urls`: download links for the material (course.get only; lists carry none). */
export const toCourseView = (c: CourseDoc, urls?: string[]): CourseView => ({
  id: c._id,
  kind: c.kind,
  title: c.title,
  summary: c.summary,
  hours: c.hours,
  required: c.required,
  status: c.status,
  ...(c.material
    ? {
        material: c.material.type === 'video'
          ? { type: 'video', name: c.material.file.name, durationSeconds: c.material.durationSeconds, ...(urls ? { urls } : {}) }
          : { type: 'document', name: c.material.name, pages: c.material.pages.length, ...(urls ? { urls } : {}) },
      }
    : {}),
  ...(c.session ? { session: { venue: c.session.venue, startsAt: c.session.startsAt.toISOString(), endsAt: c.session.endsAt.toISOString() } } : {}),
  ...(c.caseText !== undefined ? { caseText: c.caseText } : {}),
  createdAt: c.createdAt.toISOString(),
  ...(c.publishedAt ? { publishedAt: c.publishedAt.toISOString() } : {}),
});

export const toRecordView = (r: TrainingRecordDoc, now: Date, course?: CourseDoc): TrainingRecordView => {
  const rule = course ? progressRule(progressMaterialOf(course)) : null;
  return {
    courseId: r.courseId,
    courseTitle: r.courseTitle,
    courseKind: r.courseKind,
    hours: r.hours,
    required: r.required,
    source: r.source,
    status: r.status,
    assignedAt: r.assignedAt.toISOString(),
    ...(r.dueAt ? { dueDate: shanghaiDate(r.dueAt) } : {}),
    overdue: !!r.dueAt && r.status !== 'completed' && r.dueAt.getTime() < now.getTime(),
    ...(r.completedAt ? { completedAt: r.completedAt.toISOString() } : {}),
    progress: rule?.unit === 'seconds' ? { watchedSeconds: r.reached } : rule?.unit === 'pages' && r.courseKind === 'online' ? { pagesRead: r.reached } : {},
  };
};
