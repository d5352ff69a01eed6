import type { z } from 'zod';
import { deskSignInBeginInput, deskSignInFinishInput, type DeskLoginAction, type DeskLoginMap } from '../../src/core/contracts/desk-login.contracts';
import { AppError, ERROR_MESSAGES, type ErrorBody } from '../../src/core/errors';
import { fail, ok, type Reply } from '../../src/core/reply';
import { sessionUserOf } from '../actions/session.actions';
import type { Database } from '../runtime/cloud-types';
import { parseInput } from '../runtime/validation';
import { deskAccountFor } from './desk-binding';
import type { OidcClient } from './oidc-client';

export interface LoginDeps {
  db: Database;
  oidc: OidcClient;
  /** Signs a CloudBase custom-login ticket for a custom user id (`auth().createTicket`). */
  issueTicket: (customUserId: string) => string;
  now?: () => Date;
}

type Handler<A extends DeskLoginAction> = (input: z.output<DeskLoginMap[A]['input']>, deps: LoginDeps) => Promise<DeskLoginMap[A]['output']>;

const actions: { [A in DeskLoginAction]: { input: DeskLoginMap[A]['input']; handler: Handler<A> } } = {
  'desk.begin': {
    input: deskSignInBeginInput,
    handler: async (_input, { oidc }) => oidc.begin(),
  },
  'desk.finish': {
    input: deskSignInFinishInput,
    handler: async (input, { db, oidc, issueTicket, now = () => new Date() }) => {
      const subject = await oidc.finish(input.query, input);
      const { account, bound } = await deskAccountFor(db, subject, input.bindingCode, now());
      return { ticket: issueTicket(account.deskUserId!), user: await sessionUserOf(db, account), bound };
    },
  },
};

const bodyOf = (error: unknown): ErrorBody => {
  if (error instanceof AppError) return error.toBody();
  console.error('[login] unexpected error', error);
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
};

/**
 * The `login` function's two actions. Whoever calls them (the console is not signed in yet, so an
 * anonymous web session), what a sign-in proves comes only from the identity provider's ID token.
 */
export const dispatchLogin = async (event: { action?: unknown; input?: unknown }, deps: LoginDeps): Promise<Reply<unknown>> => {
  const name = typeof event?.action === 'string' && Object.hasOwn(actions, event.action) ? (event.action as DeskLoginAction) : undefined;
  if (!name) return fail(new AppError('UNKNOWN_ACTION', `${ERROR_MESSAGES.UNKNOWN_ACTION}（${String(event?.action)}）`).toBody());
  try {
    const action = actions[name] as { input: z.ZodType; handler: (input: unknown, deps: LoginDeps) => Promise<unknown> };
    return ok(await action.handler(parseInput(action.input, event.input), deps));
  } catch (error) {
    return fail(bodyOf(error));
  }
};
