import * as z from 'zod';
import { deferred, once } from './common.contracts';
import type { SessionUser } from '../session.model';
import { accountBindInput } from './org.contracts';

/**
 * The `login` function's actions: the desk console's sign-in through the unified identity
 * provider (OpenID Connect, authorization code with PKCE). Anyone may call them (the console is
 * not signed in yet); what they prove comes from the provider, never from the input.
 */

/** Begin: the provider's authorization address, and the checks this browser keeps until it returns. */
export const deskSignInBeginInput = deferred(() => z.object({}));

export interface DeskSignInBegun {
  authorizationUrl: string;
  state: string;
  nonce: string;
  /** PKCE: kept by this browser only, sent back with the code it is for. */
  codeVerifier: string;
}

const check = once(() => z.string().min(16).max(200));

/** Finish: the query the provider redirected back with, the checks kept since Begin, and a binding code the first time. */
export const deskSignInFinishInput = deferred(() => z.object({
  /** The redirect's query string (`code`, `state`, `iss` … or `error`). */
  query: z.string().max(4000),
  state: check(),
  nonce: check(),
  codeVerifier: check(),
  bindingCode: accountBindInput.unwrap().shape.code.optional(),
}));

export interface DeskSignedIn {
  /** A CloudBase custom-login ticket for the account (valid ten minutes, once). */
  ticket: string;
  user: SessionUser;
  /** True when this sign-in bound the unified identity to the account. */
  bound: boolean;
}

interface Contract<I extends z.ZodType, O> {
  input: I;
  output: O;
}

export interface DeskLoginMap {
  'desk.begin': Contract<typeof deskSignInBeginInput, DeskSignInBegun>;
  'desk.finish': Contract<typeof deskSignInFinishInput, DeskSignedIn>;
}

export type DeskLoginAction = keyof DeskLoginMap;
