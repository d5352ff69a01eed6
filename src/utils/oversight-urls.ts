import { withQuery } from './org-urls';

/** The unit's and the district's oversight pages (the `oversight` subpackage); homes and tests share these. */
const ROOT = '/oversight/pages';

/** What a watch list can be opened on, e.g. a count on a home (逾期 → `?overdue=1`). */
export interface WatchListLink {
  status?: string;
  overdue?: boolean;
  escalated?: boolean;
  unitId?: string;
  stewardId?: string;
  /** Shown as the filter's label while a steward is named. */
  stewardName?: string;
}

export const watchListUrl = (link: WatchListLink = {}) =>
  withQuery(`${ROOT}/demands/index`, {
    status: link.status,
    overdue: link.overdue ? '1' : undefined,
    escalated: link.escalated ? '1' : undefined,
    unitId: link.unitId,
    stewardId: link.stewardId,
    stewardName: link.stewardName,
  });

export const stewardPageUrl = (id: string) => withQuery(`${ROOT}/steward/index`, { id });

/** A unit's stewards and their load, for the district. */
export const unitStewardsUrl = (unitId: string, name?: string) => withQuery(`${ROOT}/stewards/index`, { unitId, name });

/** Enterprises overdue for a contact or a visit (the district across units, a unit admin its own). */
export const cadenceWatchUrl = (unitId?: string) => withQuery(`${ROOT}/cadence/index`, { unitId });

/** The figures of a slice (the caller's own when left out): every figure with its 口径, and the charts. */
export const figuresUrl = (slice: { dimension?: string; id?: string; name?: string } = {}) =>
  withQuery(`${ROOT}/figures/index`, { dimension: slice.dimension, id: slice.id, name: slice.name });

/** The district's groups of open demands asking about the same thing. */
export const SIMILAR_DEMANDS_URL = `${ROOT}/similar/index`;
