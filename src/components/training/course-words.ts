import { COURSE_KIND_LABELS, type CourseView, type TrainingRecordView } from '@/core/training/training.model';
import { formatDateTime } from '@/utils/format-time';

/** One line saying what a course is: kind, hours, and its time and place or its material. */
export const courseLine = (c: CourseView): string => {
  const what = c.session
    ? `${formatDateTime(c.session.startsAt)} ${c.session.venue}`
    : c.material
      ? c.material.type === 'video'
        ? `视频 ${Math.ceil((c.material.durationSeconds ?? 0) / 60)} 分钟`
        : `文档 ${c.material.pages} 页`
      : '';
  return [COURSE_KIND_LABELS[c.kind], `${c.hours} 学时`, what].filter(Boolean).join(' · ');
};

export const recordLine = (r: TrainingRecordView): string =>
  [COURSE_KIND_LABELS[r.courseKind], `${r.hours} 学时`, r.completedAt ? `${formatDateTime(r.completedAt)} 完成` : r.dueDate ? `${r.dueDate} 前完成` : '']
    .filter(Boolean)
    .join(' · ');
