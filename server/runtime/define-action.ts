import type { z } from 'zod';
import type { Role } from '../../src/core/roles';
import type { CollectionName } from '../db/collections';
import type { ActionContext } from './action-context';

/**
 * One action, declared once: its name, who may call it, what it accepts, what it does.
 * `roles: 'bound'` admits any bound account; `'anyone'` admits any caller with an OPENID,
 * bound or not (used by session lookup and account binding).
 */
export interface ActionDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  roles: readonly Role[] | 'bound' | 'anyone';
  input: S;
  /**
   * The collection an action writes (its audit entries name it), or false for a read. The router
   * audits every write with its name, actor, record and outcome; the handler adds a summary.
   */
  writes: CollectionName | false;
  summary: string;
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
}

export const defineAction = <S extends z.ZodType, R>(def: ActionDefinition<S, R>): ActionDefinition<S, R> => def;

export type AnyAction = ActionDefinition<z.ZodType, unknown>;
