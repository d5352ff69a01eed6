import type { IntegrityStatus } from './integrity.model';

/**
 * The district's steps on a report, as data: from which states each may be taken and where it
 * leads. The server writes every step conditionally on the state it read.
 */
export const INTEGRITY_STEPS = {
  acknowledge: { from: ['submitted'], to: 'acknowledged', label: '受理' },
  note: { from: ['acknowledged', 'investigating'], to: 'investigating', label: '记录调查情况' },
  conclude: { from: ['acknowledged', 'investigating'], to: 'concluded', label: '作出认定' },
  reply: { from: ['concluded'], to: 'replied', label: '答复举报人' },
} as const satisfies Record<string, { from: readonly IntegrityStatus[]; to: IntegrityStatus; label: string }>;

export type IntegrityStep = keyof typeof INTEGRITY_STEPS;

export const canTakeIntegrityStep = (step: IntegrityStep, status: IntegrityStatus): boolean =>
  (INTEGRITY_STEPS[step].from as readonly IntegrityStatus[]).includes(status);

/** The steps open on a report in this state, for the district's buttons. */
export const openIntegritySteps = (status: IntegrityStatus): IntegrityStep[] =>
  (Object.keys(INTEGRITY_STEPS) as IntegrityStep[]).filter((step) => canTakeIntegrityStep(step, status));
