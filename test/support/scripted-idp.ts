import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test may make the provider put into (or sign) an ID token, to forge or spoil it. */
export interface TokenTweaks {
  /** Sign with a key the provider does not publish, under the published key id. */
  forgeSignature?: boolean;
  /** Sign with a key under a key id the JWKS does not list. */
  unknownKey?: boolean;
  iss?: string;
  aud?: string;
  /** Seconds from now (negative: already expired). */
  expiresIn?: number;
  nonce?: string;
}

interface PendingCode {
  subject: string;
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
  tweaks: TokenTweaks;
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (header: object, claims: object, key: KeyObject) => {
  const body = `${b64(header)}.${b64(claims)}`;
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), key).toString('base64url')}`;
};

/**
 * An OpenID provider on 127.0.0.1 whose ID tokens a test scripts: discovery, JWKS and a token
 * endpoint that checks client authentication, the code, the redirect URI and PKCE as a provider
 * must, then answers an ID token the test may have asked to be forged or spoiled. The person's
 * part (signing in at the provider) is `authorize`, which answers the query the provider would
 * redirect back with. The real provider (oidc-provider) is exercised end to end in Chromium.
 */
export const startScriptedIdp = async (client: { id: string; secret: string }) => {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const rogue = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = 'idp-key-1';
  const codes = new Map<string, PendingCode>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return reply(200, {
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
      });
    }
    if (url.pathname === '/jwks') return reply(200, { keys: [{ ...key.export({ format: 'jwk' }), d: undefined, p: undefined, q: undefined, dp: undefined, dq: undefined, qi: undefined, kid, alg: 'RS256', use: 'sig' }] });
    if (url.pathname === '/token' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const form = new URLSearchParams(raw);
        const [id, secret] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':').map(decodeURIComponent);
        if (id !== client.id || secret !== client.secret) return reply(401, { error: 'invalid_client' });
        const pending = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        if (!pending || pending.redirectUri !== form.get('redirect_uri') || createHash('sha256').update(verifier).digest('base64url') !== pending.challenge) {
          return reply(400, { error: 'invalid_grant' });
        }
        const { tweaks } = pending;
        const now = Math.floor(Date.now() / 1000);
        const claims = { iss: tweaks.iss ?? issuer, sub: pending.subject, aud: tweaks.aud ?? pending.clientId, iat: now, exp: now + (tweaks.expiresIn ?? 300), nonce: tweaks.nonce ?? pending.nonce };
        const header = { alg: 'RS256', typ: 'JWT', kid: tweaks.unknownKey ? 'other-key' : kid };
        const idToken = jwt(header, claims, tweaks.forgeSignature || tweaks.unknownKey ? rogue : key);
        reply(200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken });
      });
      return;
    }
    reply(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    /** The person signs in at the provider as `subject`: answers the query of the redirect back. */
    authorize(authorizationUrl: string, subject: string, tweaks: TokenTweaks = {}): string {
      const asked = new URL(authorizationUrl).searchParams;
      const code = randomBytes(16).toString('hex');
      codes.set(code, {
        subject,
        clientId: asked.get('client_id') ?? '',
        redirectUri: asked.get('redirect_uri') ?? '',
        challenge: asked.get('code_challenge') ?? '',
        nonce: asked.get('nonce') ?? '',
        tweaks,
      });
      return new URLSearchParams({ code, state: asked.get('state') ?? '' }).toString();
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
};

export type ScriptedIdp = Awaited<ReturnType<typeof startScriptedIdp>>;
