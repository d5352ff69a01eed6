import type { ActionInput, ActionName } from '@/core/contracts';
import type { StepName } from '@/core/contracts/demand-step.contracts';
import { callAction } from './cloud';
import { action } from './action';

export const submitDemand = action('demand.submit');

export const listDemands = action('demand.list');

export const getDemand = (id: string) => callAction('demand.get', { id });

export const countDemands = action('demand.counts');

/** The input of one lifecycle step, e.g. `StepInput<'dispatch'>`. */
export type StepInput<S extends StepName> = ActionInput<`demand.${S}` & ActionName>;

/** One lifecycle step, e.g. `sendStep('dispatch', { id, version, departmentId, complexity })`. */
export const sendStep = <S extends StepName>(step: S, input: StepInput<S>) => callAction(`demand.${step}`, input);
