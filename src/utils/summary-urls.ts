/** Where the annual summary screens live; pages, entries, notices and tests share these. */
const q = (path: string, params: Record<string, string | number | undefined>) => {
  const query = Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
  return query ? `${path}?${query}` : path;
};

/** The caller's own summary (a steward's personal one, a unit admin's unit one). */
export const summaryWriteUrl = (year?: number) => q('/summary/pages/write/index', { year });
/** A unit's stewards' summaries (unit admin; the district with a unit), or every unit's (district). */
export const summaryListUrl = (params: { year?: number; unitId?: string } = {}) => q('/summary/pages/list/index', params);
export const summaryViewUrl = (id: string) => q('/summary/pages/view/index', { id });
