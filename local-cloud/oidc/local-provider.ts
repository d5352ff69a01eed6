import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import { renderSignInPage } from './sign-in-page';

/** A person the local provider knows: their subject, what they type, and who they are. */
export interface LocalIdpUser {
  sub: string;
  username: string;
  name: string;
  title: string;
}

export interface LocalProviderOptions {
  /** Where it is served, e.g. http://127.0.0.1:8787/local/oidc (its routes live under that path). */
  issuer: string;
  client: { id: string; secret: string; redirectUri: string };
  users: readonly LocalIdpUser[];
  /** The one password of every demo person (shown on the sign-in page: this is a demo). */
  password: string;
}

const readForm = (req: IncomingMessage): Promise<URLSearchParams> =>
  new Promise((resolve, reject) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => resolve(new URLSearchParams(raw)));
    req.on('error', reject);
  });

/**
 * The unified identity provider (统一身份认证) on the local server, for `npm start` and the
 * end-to-end flows: a real OpenID provider (oidc-provider) with the desk console as its one
 * confidential client (PKCE required), demo people who sign in with a password on a page of its
 * own, and consent granted by itself (the console is the provider's own first-party client).
 */
export const createLocalProvider = ({ issuer, client, users, password }: LocalProviderOptions) => {
  const mountPath = new URL(issuer).pathname.replace(/\/$/, '');
  const interactionPath = `${mountPath}/interaction/`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [{ client_id: client.id, client_secret: client.secret, redirect_uris: [client.redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
    pkce: { required: () => true },
    jwks: { keys: [{ ...signingKey, kid: 'local-idp', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${interactionPath}${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const user = users.find((u) => u.sub === sub);
      return user ? { accountId: sub, claims: async () => ({ sub, name: user.name }) } : undefined;
    },
  });
  const callback = provider.callback();

  const interaction = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'consent') {
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    }
    let problem = '';
    if (req.method === 'POST') {
      const form = await readForm(req);
      const user = users.find((u) => u.username === form.get('username')?.trim());
      if (user && form.get('password') === password) return provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
      problem = '用户名或密码不正确';
    }
    res.writeHead(problem ? 401 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(renderSignInPage({ action: `${interactionPath}${details.uid}`, users, password, problem }));
  };

  return {
    issuer,
    /** Serves a request under the provider's path; answers false for any other path. */
    handle: async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      if (path !== mountPath && !path.startsWith(`${mountPath}/`)) return false;
      if (path.startsWith(interactionPath)) await interaction(req, res);
      else {
        // Mounted as koa-mount would: the provider routes on the path below its issuer's path.
        Object.assign(req, { originalUrl: req.url, url: req.url!.slice(mountPath.length) || '/' });
        await callback(req, res);
      }
      return true;
    },
  };
};

export type LocalProvider = ReturnType<typeof createLocalProvider>;
