/**
 * The weekly spot check (周抽查, guideline art. 7) as people see it: each week's draw of contacts
 * and visits per unit, and each drawn record verified with the enterprise. 未能联系 is recorded
 * but leaves the item open: it carries over to next week's list with every other unverified item.
 */
export const SPOT_CHECK_RESULTS = ['属实', '不属实', '未能联系'] as const;
export type SpotCheckResult = (typeof SPOT_CHECK_RESULTS)[number];

export type SpotCheckStatus = 'pending' | 'unreachable' | 'confirmed' | 'false';

export const STATUS_OF_RESULT: Record<SpotCheckResult, SpotCheckStatus> = { 属实: 'confirmed', 不属实: 'false', 未能联系: 'unreachable' };
export const OPEN_SPOT_CHECK_STATUSES: readonly SpotCheckStatus[] = ['pending', 'unreachable'];

export const SPOT_CHECK_STATUS_LABELS: Record<SpotCheckStatus, string> = { pending: '待核实', unreachable: '未能联系（顺延）', confirmed: '属实', false: '不属实' };

export interface SpotCheckItemView {
  id: string;
  /** The Monday of the week whose list the item is on now. */
  listWeek: string;
  /** The Monday of the week it was drawn in. */
  drawnWeek: string;
  /** How many times it has carried over to a later week. */
  carried: number;
  unitId: string;
  unitName: string;
  enterpriseId: string;
  enterpriseName: string;
  stewardId: string;
  stewardName: string;
  contactType: string;
  onsite: boolean;
  contactAt: string;
  who: string;
  topics: string;
  status: SpotCheckStatus;
  statusLabel: string;
  result?: SpotCheckResult;
  note?: string;
  verifiedAt?: string;
  verifiedByName?: string;
  attempts: Array<{ at: string; result: SpotCheckResult; note: string; byName: string }>;
}

export interface SpotCheckDrawView {
  week: string;
  from: string;
  to: string;
  seed: number;
  algorithm: string;
  drawnAt: string;
  units: number;
  candidates: number;
  items: number;
  carriedOver: number;
}

export interface SpotCheckSettingsView {
  /** Whether a unit's 总管家 may verify the items of their own unit (the district decides). */
  unitAdminsVerify: boolean;
  share: number;
  minimum: number;
}
