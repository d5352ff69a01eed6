/** Where the training and integrity screens live; pages, entries and tests share these. */
const withId = (path: string, id?: string) => (id ? `${path}?id=${encodeURIComponent(id)}` : path);

export const STEWARD_TRAINING_URL = '/steward/pages/training/index';
export const stewardCourseUrl = (id: string) => withId('/steward/pages/course/index', id);
export const STEWARD_SIGN_IN_URL = '/steward/pages/training-sign-in/index';

export const DISTRICT_COURSES_URL = '/district/pages/courses/index';
export const DISTRICT_COURSE_NEW_URL = '/district/pages/course-new/index';
export const districtCourseUrl = (id: string) => withId('/district/pages/course-admin/index', id);
export const trainingStatsUrl = (unitId?: string) => (unitId ? `/district/pages/training-stats/index?unitId=${encodeURIComponent(unitId)}` : '/district/pages/training-stats/index');
export const UNIT_TRAINING_URL = '/unit/pages/training/index';

export const INTEGRITY_NEW_URL = '/integrity/pages/new/index';
export const INTEGRITY_MINE_URL = '/integrity/pages/mine/index';
export const DISTRICT_INTEGRITY_URL = '/district/pages/integrity/index';
export const districtIntegrityUrl = (id: string) => withId('/district/pages/integrity-detail/index', id);
