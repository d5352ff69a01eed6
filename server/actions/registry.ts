import type { AnyAction } from '../runtime/define-action';
import { demandActions } from './demand.actions';
import { sessionActions } from './session.actions';

/** Every action the `api` function serves. The authorization matrix test walks this list. */
export const apiActions: readonly AnyAction[] = [...sessionActions, ...demandActions] as AnyAction[];
