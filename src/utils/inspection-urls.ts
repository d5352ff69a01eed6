/** Where the spot check, interview and rectification screens live; pages, home tiles, notices and tests share these. */
const ROOT = '/inspection/pages';
const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const parts = Object.entries(query).filter(([, v]) => v).map(([k, v]) => `${k}=${encodeURIComponent(v!)}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
};

export const RECTIFICATIONS_URL = `${ROOT}/rectifications/index`;
export const rectificationUrl = (id: string) => withQuery(`${ROOT}/rectification/index`, { id });
export const SPOT_CHECKS_URL = `${ROOT}/spot-checks/index`;
export const FINDINGS_URL = `${ROOT}/findings/index`;
export const INTERVIEWS_URL = `${ROOT}/interviews/index`;
export const interviewNewUrl = (unitId: string, quarterDate: string) => withQuery(`${ROOT}/interview-new/index`, { unitId, quarter: quarterDate });
