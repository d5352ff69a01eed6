import type { RectificationStatus } from './rectification.model';

/**
 * The plan's steps, as data: who takes each, from which states, and where it leads (null: the
 * state stays). The server writes every step conditionally on the version it read; the app reads
 * the same table to show the buttons.
 */
export const RECTIFICATION_STEPS = {
  save: { by: 'unit_admin', from: ['drafting', 'returned'], to: null, label: '保存草稿' },
  submit: { by: 'unit_admin', from: ['drafting', 'returned'], to: 'submitted', label: '提交整改方案' },
  accept: { by: 'district_admin', from: ['submitted'], to: 'accepted', label: '审核通过' },
  return: { by: 'district_admin', from: ['submitted'], to: 'returned', label: '退回修改' },
  reportMeasure: { by: 'unit_admin', from: ['accepted'], to: null, label: '报告措施完成' },
} as const satisfies Record<string, { by: 'unit_admin' | 'district_admin'; from: readonly RectificationStatus[]; to: RectificationStatus | null; label: string }>;

export type RectificationStep = keyof typeof RECTIFICATION_STEPS;

export const canTakeRectificationStep = (step: RectificationStep, status: RectificationStatus): boolean =>
  (RECTIFICATION_STEPS[step].from as readonly RectificationStatus[]).includes(status);

/** The steps a role may take on a plan in this state, for its buttons. */
export const openRectificationSteps = (status: RectificationStatus, role: string): RectificationStep[] =>
  (Object.keys(RECTIFICATION_STEPS) as RectificationStep[]).filter((step) => RECTIFICATION_STEPS[step].by === role && canTakeRectificationStep(step, status));

/** After a measure is reported done: the plan is complete when every measure is. */
export const statusAfterMeasureDone = (measures: ReadonlyArray<{ done: boolean }>): RectificationStatus =>
  measures.length > 0 && measures.every((m) => m.done) ? 'completed' : 'accepted';
