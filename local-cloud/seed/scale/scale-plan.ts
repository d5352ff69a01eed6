/**
 * How big each scale is and how often things happen, per enterprise and year. N=1 is Pudong's real
 * order of magnitude (issue 14): 3,000 enterprises, ~300 stewards, ~95,000 contacts, ~29,000
 * demands, ~290,000 audit entries; N=10 is ten times it.
 */
export const ENTERPRISES_PER_SCALE = 3000;

/** A unit's stewards serve at most 10 enterprises on average (guideline art. 3); units run close to it. */
export const ENTERPRISES_PER_NEW_STEWARD = 9.8;

/** Per enterprise and year of history. */
export const RATES = {
  contacts: 36,
  /** Share of contacts that are on-site visits (with a check-in). */
  visitShare: 0.2,
  demands: 10.5,
  reports: 2,
  researchVisits: 0.3,
  promotions: 3,
  /** Share of new stewards who took over some enterprises from a colleague during the year. */
  handoverShare: 0.25,
  /** Proposals per unit and year, per 50 enterprises of the unit. */
  proposalsPer50: 1,
  /** Share of new enterprises that joined the list during the year. */
  newEnterprises: 0.12,
} as const;

/**
 * Each unit's share of the district's enterprises. The development zones are the big ones;
 * 陆家嘴 (unit-z01, the demo unit admin's) is the biggest, so its figures are the worst case.
 */
const ZONE_SHARES = [9.3, 9.0, 6.0, 6.0, 3.0, 2.0];
const STREET_SHARE = 1.6;
const TOWN_SHARES = [3.0, 1.8, 2.2, 1.2, 2.4, 1.6, 2.6, 1.8, 1.4, 2.8, 2.4, 2.2, 2.6, 1.2, 1.0, 2.2, 1.4, 2.0, 1.0, 1.0, 0.8, 0.8, 0.6, 3.0];

export const unitShares = (unitIds: string[]): Map<string, number> => {
  const raw = unitIds.map((id) => {
    const n = Number(id.slice(6)) - 1;
    if (id.startsWith('unit-z')) return ZONE_SHARES[n] ?? 1;
    if (id.startsWith('unit-s')) return STREET_SHARE;
    return TOWN_SHARES[n] ?? 1;
  });
  const total = raw.reduce((s, x) => s + x, 0);
  return new Map(unitIds.map((id, i) => [id, raw[i] / total]));
};

/** Policies are district-wide: more at a bigger scale, but not in proportion. */
export const policyCount = (scale: number) => Math.max(10, Math.round(60 * Math.sqrt(scale)));
