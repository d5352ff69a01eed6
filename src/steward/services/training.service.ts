import { action } from '@/services/action';
import { callAction } from '@/services/cloud';

/** A steward's training: assigned and completed courses, the course library, study and sign-in. */
export const listTrainingRecords = action('training.records');
export const listPublishedCourses = action('course.list');
export const getCourse = (id: string) => callAction('course.get', { id });
export const startCourse = (id: string) => callAction('training.start', { id });
export const reportProgress = (courseId: string, position: number) => callAction('training.progress', { courseId, position });
export const signInCourse = (code: string) => callAction('training.signIn', { code });
