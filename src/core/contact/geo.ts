export interface LatLng {
  latitude: number;
  longitude: number;
}

/**
 * Great-circle distance in metres (haversine). Both points must use the same datum: the
 * mini-program asks `getLocation` for gcj02, and enterprise locations are stored in gcj02 too.
 */
export const distanceMeters = (a: LatLng, b: LatLng): number => {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * 6371008.8 * Math.asin(Math.sqrt(h)));
};

/**
 * Guideline art. 5.3 wants visits on site; the district's rule of thumb is that a check-in more
 * than 1 km from the enterprise's recorded location is not at the enterprise. Such a check-in is
 * kept (the visit may be real: a new site, a meeting elsewhere) but flagged for the unit and the
 * weekly spot check.
 */
export const CHECK_IN_MAX_DISTANCE_METERS = 1000;

/** 'far': beyond the distance; 'no_location': nothing to measure against (the enterprise has no location yet). */
export type CheckInFlag = 'far' | 'no_location';

export const checkInFlag = (distance: number | null): CheckInFlag | undefined =>
  distance === null ? 'no_location' : distance > CHECK_IN_MAX_DISTANCE_METERS ? 'far' : undefined;

/** `2.3 公里` or `450 米`, for the flag's words. */
export const distanceLabel = (meters: number): string => (meters >= 1000 ? `${(meters / 1000).toFixed(1)} 公里` : `${meters} 米`);

export const CHECK_IN_FLAG_LABELS: Record<CheckInFlag, string> = {
  far: `打卡距企业超过 ${CHECK_IN_MAX_DISTANCE_METERS / 1000} 公里`,
  no_location: '企业未设置位置，无法核对打卡距离',
};

/** A location as a form holds it: the two numbers as typed. */
export interface LocationDraft {
  latitude: string;
  longitude: string;
}

/**
 * A location as typed (纬度, 经度 in two fields or two Excel columns): both empty is no location,
 * one alone or a number out of range is refused in words a person can act on.
 */
export const parseLocation = (latitude: string, longitude: string): { location?: LatLng; problem?: string } => {
  const lat = latitude.trim();
  const lng = longitude.trim();
  if (!lat && !lng) return {};
  if (!lat || !lng) return { problem: '纬度和经度须同时填写' };
  const la = Number(lat);
  const lo = Number(lng);
  if (!Number.isFinite(la) || la < -90 || la > 90) return { problem: '纬度应为 -90 到 90 之间的数字' };
  if (!Number.isFinite(lo) || lo < -180 || lo > 180) return { problem: '经度应为 -180 到 180 之间的数字' };
  return { location: { latitude: la, longitude: lo } };
};
