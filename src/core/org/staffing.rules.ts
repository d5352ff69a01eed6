/**
 * 一企一管家 and the staffing limit (guideline art. 3): each unit's stewards serve on average at
 * most 10 enterprises. A steward serving more than 10 is flagged but not refused; an assignment
 * that would lift the unit's average above 10 is refused.
 */
export const MAX_AVERAGE_ENTERPRISES_PER_STEWARD = 10;

export interface UnitLoad {
  /** Active stewards of the unit. */
  stewards: number;
  /** Active enterprises of the unit that have a steward. */
  assignedEnterprises: number;
}

export const unitAverage = ({ stewards, assignedEnterprises }: UnitLoad): number =>
  stewards === 0 ? (assignedEnterprises === 0 ? 0 : Infinity) : assignedEnterprises / stewards;

/** The unit's load after `added` more enterprises get a steward (0 for a move inside the unit). */
export const wouldExceedUnitAverage = (load: UnitLoad, added: number): boolean =>
  unitAverage({ ...load, assignedEnterprises: load.assignedEnterprises + added }) > MAX_AVERAGE_ENTERPRISES_PER_STEWARD;

export const isStewardOverloaded = (enterprises: number): boolean => enterprises > MAX_AVERAGE_ENTERPRISES_PER_STEWARD;

export const unitAverageRefusal = (load: UnitLoad, added: number): string =>
  `本单位现有 ${load.stewards} 名管家服务 ${load.assignedEnterprises} 家企业，再分配 ${added} 家后平均每位管家超过 ${MAX_AVERAGE_ENTERPRISES_PER_STEWARD} 家，请先增加管家`;
