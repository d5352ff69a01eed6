import type { DeskSignedIn, DeskSignInBegun } from '@/core/contracts/desk-login.contracts';
import { CloudError, networkError } from './cloud-error';
import { callFunctionAction } from './cloud';
import { localRequest } from './local-http';
import { saveSessionToken } from './session-token';

/**
 * The desk console's sign-in through the unified identity provider (H5 only). Begin asks the
 * `login` function where to send the browser and keeps the request's checks (state, nonce, PKCE
 * verifier) in this tab's sessionStorage; the provider sends the person back to the console's
 * address with a code, and Finish hands code and checks to `login`, which answers a CloudBase
 * custom-login ticket the console signs in with.
 */
const PENDING_KEY = 'desk-sign-in-pending';

interface Pending {
  state: string;
  nonce: string;
  codeVerifier: string;
  bindingCode?: string;
}

export async function beginDeskSignIn(bindingCode?: string): Promise<void> {
  const begun = await callFunctionAction<DeskSignInBegun>('login', 'desk.begin', {});
  const pending: Pending = { state: begun.state, nonce: begun.nonce, codeVerifier: begun.codeVerifier, bindingCode: bindingCode || undefined };
  window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  window.location.assign(begun.authorizationUrl);
}

/** Whether this page load is the provider sending the person back (a code or an error, and a state). */
export function isDeskReturn(): boolean {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return false;
  const query = new URLSearchParams(window.location.search);
  return query.has('state') && (query.has('code') || query.has('error'));
}

/** Redeem the provider's answer; the address loses its query either way, so a reload does not replay it. */
export async function finishDeskSignIn(): Promise<DeskSignedIn> {
  const query = window.location.search.slice(1);
  const raw = window.sessionStorage.getItem(PENDING_KEY);
  window.sessionStorage.removeItem(PENDING_KEY);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  if (!raw) throw new CloudError('OIDC_STATE_MISMATCH', '登录请求已失效（可能在另一个窗口发起），请重新登录');
  const pending = JSON.parse(raw) as Pending;
  const signedIn = await callFunctionAction<DeskSignedIn>('login', 'desk.finish', { query, ...pending });
  await signInWithTicket(signedIn.ticket);
  return signedIn;
}

async function signInWithTicket(ticket: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5' && process.env.TARO_APP_CLOUD_ENV && process.env.TARO_APP_CLOUD_ENV !== 'local') {
    const web = await import('./cloudbase-web');
    return web.signInWithTicket(ticket);
  }
  // The local server plays CloudBase's auth service: the ticket buys a session token.
  const { token } = await localRequest<{ token?: string }>('POST', '/local/auth/ticket', { ticket });
  if (!token) throw networkError();
  saveSessionToken(token);
}
