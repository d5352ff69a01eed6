import { action } from '@/services/action';
import { callAction } from '@/services/cloud';

/** The district runs training: courses, the case library, assignment and completion. */
export const createCourse = action('course.create');
export const updateCourse = action('course.update');
export const publishCourse = (id: string) => callAction('course.publish', { id });
export const listCourses = action('course.list');
export const getCourseAdmin = (id: string) => callAction('course.get', { id });
export const assignCourse = action('course.assign');
export const listCaseCandidates = action('course.caseCandidates');
export const draftCaseFromDemand = (demandId: string) => callAction('course.caseFromDemand', { demandId });
export const fetchTrainingStats = action('training.stats');
