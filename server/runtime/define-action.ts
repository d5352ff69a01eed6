import type { z } from 'zod';
import type { Role } from '../../src/core/roles';
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
  /** True when the action writes; every write is audited and idempotency matters. */
  writes: boolean;
  summary: string;
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
}

export const defineAction = <S extends z.ZodType, R>(def: ActionDefinition<S, R>): ActionDefinition<S, R> => def;

export type AnyAction = ActionDefinition<z.ZodType, unknown>;
