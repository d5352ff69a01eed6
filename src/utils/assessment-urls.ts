import { withQuery } from './org-urls';

/** The annual assessment and the selection (the `assessment` subpackage); homes, notices and tests share these. */
const ROOT = '/assessment/pages';

export const assessmentSchemeUrl = () => `${ROOT}/scheme/index`;
export const assessmentYearUrl = (year?: number) => withQuery(`${ROOT}/year/index`, { year: year ? String(year) : undefined });
export const assessmentUnitUrl = (year: number, unitId?: string) => withQuery(`${ROOT}/unit/index`, { year: String(year), unitId });
export const assessmentSubjectUrl = (year: number, subject: 'unit' | 'steward', id: string) => withQuery(`${ROOT}/subject/index`, { year: String(year), subject, id });
export const assessmentEvidenceUrl = (year: number, stewardId: string, key: string) => withQuery(`${ROOT}/evidence/index`, { year: String(year), stewardId, key });
export const selectionUrl = (year?: number) => withQuery(`${ROOT}/selection/index`, { year: year ? String(year) : undefined });

/** The Shanghai year of an instant: the screens offer this year (so far) and the one before. */
export const shanghaiYear = (now = new Date()) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
export const assessmentYears = (now = new Date()) => [shanghaiYear(now), shanghaiYear(now) - 1];
