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

/**
 * Whose capacity counts toward the average: an active steward who has bound the account (signed
 * in with WeChat). An account still waiting for its binding code is nobody serving yet, so it
 * adds no room for more enterprises and cannot take any (assignment and handover refuse it);
 * otherwise a placeholder account would lift the limit.
 */
export const countsTowardAverage = (steward: { status: string; openid?: string }): boolean => steward.status === 'active' && !!steward.openid;

export const UNBOUND_STEWARD_REFUSAL = '该管家尚未绑定微信，完成绑定后才能接收企业';

/**
 * One 总管家 per unit and one liaison per steward (guideline art. 3 and 4). A second one is
 * refused, unless the district sets the rule aside for a stated reason, kept on the account.
 */
export const STAFFING_LIMITS = { unitAdminsPerUnit: 1, liaisonsPerSteward: 1 } as const;

export const unitAdminTaken = (unitName: string, holder: string) =>
  `「${unitName}」已有总管家「${holder}」，每个单位只设一名总管家；确需例外，请区科经委填写理由后配置`;
export const liaisonTaken = (stewardName: string, holder: string) =>
  `管家「${stewardName}」已有联络员「${holder}」，每位管家只配一名联络员；确需例外，请区科经委填写理由后配置`;

/** Disabling or moving a steward leaves no enterprise without one: a handover comes first. */
export const handoverFirst = (stewardName: string, enterprises: number, doing: '停用' | '调往其他单位') =>
  `管家「${stewardName}」名下还有 ${enterprises} 家企业，请先办理管家交接，再${doing}`;
