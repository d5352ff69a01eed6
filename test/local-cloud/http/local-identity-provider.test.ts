import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { DEMO_DESK_PASSWORD } from '../../../local-cloud/oidc/demo-people';
import { signInAtProvider } from '../../support/provider-walk';
import { spawnLocalServer } from '../../support/spawn-local-server';

/**
 * The local server runs a real OpenID provider (oidc-provider) for the desk console: the login
 * function discovers it, sends people to its sign-in page, redeems their code with PKCE and checks
 * its ID tokens, exactly as it would with the district's provider.
 */
describe('the local unified identity provider', () => {
  let child: ChildProcess;
  let base: string;
  beforeAll(async () => {
    ({ child, base } = await spawnLocalServer(mkdtempSync(path.join(tmpdir(), 'local-idp-'))));
  }, 60_000);
  afterAll(() => child?.kill());

  const call = async (fn: string, body: object, token?: string) =>
    ((await (await fetch(`${base}/local/functions/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) })).json()) as { result: any }).result;
  const signIn = async (username: string, bindingCode?: string) => {
    const { data: begun } = await call('login', { action: 'desk.begin', input: {} });
    const query = await signInAtProvider(begun.authorizationUrl, username, DEMO_DESK_PASSWORD, `${base}/`);
    return call('login', { action: 'desk.finish', input: { query, state: begun.state, nonce: begun.nonce, codeVerifier: begun.codeVerifier, bindingCode } });
  };
  const sessionFor = async (ticket: string) => {
    const { token } = (await (await fetch(`${base}/local/auth/ticket`, { method: 'POST', body: JSON.stringify({ ticket }) })).json()) as { token: string };
    return (await call('api', { action: 'session.me' }, token)).data.user;
  };

  it('publishes its discovery document under /local/oidc with PKCE', async () => {
    const discovery = (await (await fetch(`${base}/local/oidc/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: `${base}/local/oidc`, code_challenge_methods_supported: ['S256'] });
  });

  it('signs a bound demo person in to the desk console as their account', async () => {
    const reply = await signIn('desk-district');
    expect(reply).toMatchObject({ ok: true, data: { bound: false, user: { id: 'u-district-01', role: 'district_admin' } } });
    expect(await sessionFor(reply.data.ticket)).toMatchObject({ id: 'u-district-01' });
  });

  it('refuses an unbound person until they bring a code, then binds them', async () => {
    expect(await signIn('desk-new')).toMatchObject({ ok: false, error: { code: 'DESK_UNBOUND' } });
    const bound = await signIn('desk-new', 'PUDN-GHQ2');
    expect(bound).toMatchObject({ ok: true, data: { bound: true, user: { role: 'district_admin' } } });
    expect(await sessionFor(bound.data.ticket)).toMatchObject({ role: 'district_admin' });
  });
});
