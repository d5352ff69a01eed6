/** The national 好差评 scale, best first, and the separate “resolved?” question. */
export const SATISFACTION_LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

export const RESOLUTION_ANSWERS = ['已解决', '部分解决', '未解决'] as const;
export type ResolutionAnswer = (typeof RESOLUTION_ANSWERS)[number];

/** 不满意 / 非常不满意, or an honest 未解决, opens the bad-review loop (call-back and rectification). */
export const isBadReview = (satisfaction: Satisfaction, resolved: ResolutionAnswer): boolean =>
  satisfaction === '不满意' || satisfaction === '非常不满意' || resolved === '未解决';

/**
 * When a demand became a model case (案例库素材): closed by a 非常满意 rating (such a rating closes
 * it, so it is the last); null otherwise. Stored as a derived field so the district's candidates are
 * one index range, newest first.
 */
export const exemplaryAt = (d: { status: string; closeReason?: string; closedAt?: Date | string; ratings?: ReadonlyArray<{ satisfaction: string }> }): Date | null =>
  d.status === 'closed' && d.closeReason === 'rated' && d.closedAt && (d.ratings ?? []).some((r) => r.satisfaction === SATISFACTION_LEVELS[0]) ? new Date(d.closedAt) : null;
