import type { ActionInput } from '@/core/contracts';
import { COURSE_TEXT } from '@/core/contracts/training.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { CourseKind } from '@/core/training/training.model';
import { hoursProblem } from '@/core/training/training.rules';
import { presentErrors } from '@/utils/form-errors';
import { shanghaiIso, shanghaiNow } from '@/utils/shanghai-clock';

const HALF_HOUR_MS = 1_800_000;
const SLOT_MS = 2 * 3_600_000;

/**
 * When a lecture being set up now takes place by default (Shanghai time): two hours from the next
 * half hour, ending at 23:59 if they would run past midnight (a lecture ends the day it starts;
 * before, the end was set to 23:30, at or before a 23:30 start, and the form refused its default).
 * The sign-in code works from 30 minutes before the start, so a lecture set up now can be tried at once.
 */
export const defaultLectureSlot = (now: Date): { date: string; start: string; end: string } => {
  const at = new Date(Math.ceil(now.getTime() / HALF_HOUR_MS) * HALF_HOUR_MS);
  const start = shanghaiNow(at);
  const end = shanghaiNow(new Date(at.getTime() + SLOT_MS));
  return { date: start.date, start: start.time, end: end.date === start.date ? end.time : '23:59' };
};

/** A new course as the form holds it: every field of every kind, filled or empty. */
export interface CourseDraft {
  kind: CourseKind;
  title: string;
  summary: string;
  hours: string;
  required: boolean;
  /** Online: the uploaded video, or the uploaded pages in order. */
  materialType: 'video' | 'document';
  video: { fileID: string; name: string } | null;
  documentName: string;
  pages: Array<{ fileID: string; name: string }>;
  /** Lectures and visits. */
  venue: string;
  date: string;
  startTime: string;
  endTime: string;
  caseText: string;
}

export const COURSE_FIELDS = ['title', 'summary', 'hours', 'material', 'venue', 'session', 'endsAt', 'caseText'] as const;
type CourseErrors = Partial<Record<(typeof COURSE_FIELDS)[number], string>>;

/** The checks of `course.create`, on the device first. */
export function validateCourse(d: CourseDraft): CourseErrors {
  const offline = d.kind === 'lecture' || d.kind === 'visit';
  return presentErrors({
    title: textProblem(d.title, COURSE_TEXT.title),
    summary: textProblem(d.summary, COURSE_TEXT.summary),
    hours: hoursProblem(Number(d.hours)) ?? undefined,
    material: d.kind !== 'online' ? undefined : d.materialType === 'video' ? (d.video ? undefined : '请上传 MP4 视频') : d.pages.length ? undefined : '请上传文档页面图片',
    venue: offline ? textProblem(d.venue, COURSE_TEXT.venue) : undefined,
    endsAt: offline && d.endTime <= d.startTime ? '结束时间须晚于开始时间' : undefined,
    caseText: d.kind === 'case' ? textProblem(d.caseText, COURSE_TEXT.caseText) : undefined,
  });
}

/** The draft as `course.create`'s input. */
export function courseInput(d: CourseDraft): ActionInput<'course.create'> {
  const common = { title: d.title.trim(), summary: d.summary.trim(), hours: Number(d.hours), required: d.required };
  if (d.kind === 'online') {
    return { kind: 'online', ...common, material: d.materialType === 'video' ? { type: 'video', file: d.video! } : { type: 'document', name: d.documentName.trim() || d.title.trim(), pages: d.pages } };
  }
  if (d.kind === 'case') return { kind: 'case', ...common, caseText: d.caseText.trim() };
  return { kind: d.kind, ...common, session: { venue: d.venue.trim(), startsAt: shanghaiIso(d.date, d.startTime), endsAt: shanghaiIso(d.date, d.endTime) } };
}
