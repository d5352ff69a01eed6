import type { ActionArgs, ActionName } from '@/core/contracts';
import { callAction } from './cloud';

/**
 * A named function for one action, typed from the action map: `export const listDemands =
 * action('demand.list')` takes `demand.list`'s input and answers its output.
 */
export const action =
  <A extends ActionName>(name: A) =>
  (...input: ActionArgs<A>) =>
    callAction(name, ...input);
