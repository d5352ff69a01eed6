import type { z } from 'zod';
import type { ActionMap, ActionName, ActionOutput, ParsedInput } from '../../src/core/contracts';
import type { Role } from '../../src/core/roles';
import type { CollectionName } from '../db/collections';
import type { ActionContext } from './action-context';

/**
 * One action, declared once: its name, who may call it, what it does. The name is an entry of
 * the action map (src/core/contracts), which fixes the input schema the declaration must use and
 * the output its handler must return. `roles: 'bound'` admits any bound account; `'anyone'`
 * admits any caller with an OPENID, bound or not (used by session lookup and account binding).
 */
export interface ActionDefinition<N extends ActionName> {
  name: N;
  roles: readonly Role[] | 'bound' | 'anyone';
  input: ActionMap[N]['input'];
  /**
   * The collection an action writes (its audit entries name it), or false for a read. The router
   * audits every write with its name, actor, record and outcome; the handler adds a summary.
   */
  writes: CollectionName | false;
  summary: string;
  handler: (input: ParsedInput<N>, ctx: ActionContext) => Promise<ActionOutput<N>>;
}

export const defineAction = <N extends ActionName>(def: ActionDefinition<N>): ActionDefinition<N> => def;

/** Any declared action, as the registry and the router hold them. */
export interface AnyAction {
  readonly name: string;
  readonly roles: readonly Role[] | 'bound' | 'anyone';
  readonly input: z.ZodType;
  readonly writes: CollectionName | false;
  readonly summary: string;
  // A method, so each declaration fits: the router passes the input its own schema parsed.
  handler(input: unknown, ctx: ActionContext): Promise<unknown>;
}
