import cloud from 'wx-server-sdk';
import tcb from '@cloudbase/node-sdk';
import { asDatabase } from '../runtime/cloud-types';
import { requireFunctionSettings } from '../runtime/settings';
import { createOidcClient } from '../login/oidc-client';
import { dispatchLogin } from '../login/login-router';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
requireFunctionSettings('login');

const env = process.env as Record<string, string>;
const oidc = createOidcClient({ issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, redirectUri: env.OIDC_REDIRECT_URI });
// The CloudBase console's custom-login key file, as JSON; createTicket checks it belongs to this environment.
const tickets = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, credentials: JSON.parse(env.CUSTOM_LOGIN_KEY) }).auth();

/** Cloud function `login`: the desk console's sign-in through the unified identity provider. */
export const main = async (event: { action?: unknown; input?: unknown }) =>
  dispatchLogin(event, { db: asDatabase(cloud.database()), oidc, issueTicket: (uid) => tickets.createTicket(uid) });
