import { FUNCTION_SETTINGS, localValues } from '@/core/settings';
import type { Reply } from '@/core/reply';
import type { DeskSignedIn, DeskSignInBegun } from '@/core/contracts/desk-login.contracts';
import { startScriptedIdp, type ScriptedIdp, type TokenTweaks } from '../support/scripted-idp';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * The desk console's sign-in through the `login` function against a provider whose tokens the
 * test scripts: the code is redeemed with PKCE, the ID token checked (signature against the
 * provider's JWKS, issuer, audience, expiry, nonce), the subject bound once with a one-time code,
 * and a CloudBase custom-login ticket issued that the `api` function then knows as the account.
 */
const CLIENT = { id: 'pudong-desk', secret: 'desk-test-secret' };
const REDIRECT = 'http://127.0.0.1:9/';

describe('desk sign-in (login function)', () => {
  let idp: ScriptedIdp;
  let t: TestCloud;
  beforeAll(async () => {
    // The login function logs each refused sign-in; the replies are what is asserted.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    idp = await startScriptedIdp(CLIENT);
    t = openTestCloud({
      functionEnv: { ...localValues(FUNCTION_SETTINGS), OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret, OIDC_REDIRECT_URI: REDIRECT },
    });
  });
  afterAll(async () => {
    t.close();
    await idp.close();
  });

  const login = <T>(action: string, input: object) => t.cloud.invoke('login', { action, input }) as Promise<Reply<T>>;
  /** The whole browser round trip: begin, sign in at the provider as `subject`, come back and finish. */
  const signIn = async (subject: string, options: { bindingCode?: string; tweaks?: TokenTweaks; spoil?: (begun: DeskSignInBegun) => Partial<DeskSignInBegun> } = {}) => {
    const begun = dataOf(await login<DeskSignInBegun>('desk.begin', {}));
    const query = idp.authorize(begun.authorizationUrl, subject, options.tweaks);
    const kept = { ...begun, ...options.spoil?.(begun) };
    return login<DeskSignedIn>('desk.finish', { query, state: kept.state, nonce: kept.nonce, codeVerifier: kept.codeVerifier, bindingCode: options.bindingCode });
  };
  const newAccountCode = async (role = 'district_admin', name = '钱文静') =>
    dataOf(await t.as(DEMO.district).call<{ account: { id: string }; code: { code: string } }>('account.create', { role, name, phone: '13800001111' }));
  const deskCall = <T>(ticket: string, action: string, input?: object) => t.cloud.invoke('api', { action, input }, { customUserId: t.cloud.checkTicket(ticket) }) as Promise<Reply<T>>;
  const boundTo = async (subject: string) => (await t.read('users', { oidcSubject: subject })).map((u: { _id: string }) => u._id);

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const begun = dataOf(await login<DeskSignInBegun>('desk.begin', {}));
    const asked = new URL(begun.authorizationUrl);
    expect(asked.origin + asked.pathname).toBe(`${idp.issuer}/auth`);
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({ client_id: CLIENT.id, redirect_uri: REDIRECT, response_type: 'code', scope: 'openid', code_challenge_method: 'S256', state: begun.state, nonce: begun.nonce });
    expect(asked.searchParams.get('code_challenge')).not.toBe(begun.codeVerifier);
  });

  it('binds an unbound subject once with a one-time code, then signs it in without one', async () => {
    const { account, code } = await newAccountCode();
    const first = dataOf(await signIn('idp-officer-qian', { bindingCode: code.code }));
    expect(first).toMatchObject({ bound: true, user: { id: account.id, role: 'district_admin', name: '钱文静' } });
    const [stored] = await t.read('users', { _id: account.id });
    expect(stored).toMatchObject({ oidcSubject: 'idp-officer-qian', deskUserId: t.cloud.checkTicket(first.ticket) });
    expect(await t.read('audit_log', { action: 'desk.finish', recordId: account.id })).toHaveLength(1);

    const again = dataOf(await signIn('idp-officer-qian'));
    expect(again).toMatchObject({ bound: false, user: { id: account.id } });
    expect(t.cloud.checkTicket(again.ticket)).toBe(stored.deskUserId);
    // The api function knows the ticket's custom user as the account, with its role and scope.
    expect(dataOf(await deskCall<{ user: { id: string } }>(again.ticket, 'session.me')).user.id).toBe(account.id);
    expect(dataOf(await deskCall<{ items: unknown[] }>(again.ticket, 'audit.list', {})).items.length).toBeGreaterThan(0);
    // The code worked once.
    expect(await signIn('idp-someone-else', { bindingCode: code.code })).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID' } });
  });

  it('refuses an unbound subject without a code, or with a wrong one, and writes nothing', async () => {
    expect(await signIn('idp-stranger')).toMatchObject({ ok: false, error: { code: 'DESK_UNBOUND', message: expect.stringContaining('绑定码') } });
    expect(await signIn('idp-stranger', { bindingCode: 'ABCD-EFGH' })).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID' } });
    expect(await boundTo('idp-stranger')).toEqual([]);
  });

  it('counts wrong codes towards the same lock as the mini-program: the fifth locks the subject out, even with the right code', async () => {
    const { account, code } = await newAccountCode('district_admin', '孙立新');
    for (let i = 0; i < 4; i++) expect(await signIn('idp-guesser', { bindingCode: `ZZZZ-ZZ${'2345'[i]}Z` })).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID' } });
    expect(await signIn('idp-guesser', { bindingCode: 'ZZZZ-ZZ6Z' })).toMatchObject({ ok: false, error: { code: 'BINDING_LOCKED', message: '绑定码错误次数过多，请 15 分钟后再试' } });
    expect(await signIn('idp-guesser', { bindingCode: code.code })).toMatchObject({ ok: false, error: { code: 'BINDING_LOCKED' } });
    expect(await boundTo('idp-guesser')).toEqual([]);
    // Another subject is not held back, and the code was not spent by the refused try.
    expect(dataOf(await signIn('idp-officer-sun', { bindingCode: code.code }))).toMatchObject({ bound: true, user: { id: account.id } });
  });

  it('binds one account when one subject races two codes', async () => {
    const [first, second] = [await newAccountCode('district_admin', '周一'), await newAccountCode('district_admin', '周二')];
    const returns = await Promise.all(
      [first, second].map(async ({ code }) => {
        const begun = dataOf(await login<DeskSignInBegun>('desk.begin', {}));
        return { query: idp.authorize(begun.authorizationUrl, 'idp-racer'), state: begun.state, nonce: begun.nonce, codeVerifier: begun.codeVerifier, bindingCode: code.code };
      }),
    );
    const { results } = await t.cloud.interleave(returns.map((input) => () => login<DeskSignedIn>('desk.finish', input)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await boundTo('idp-racer')).toHaveLength(1);
  });

  it('keeps enterprises on the mini-program: an enterprise contact code does not bind at the desk', async () => {
    const { code } = dataOf(await t.as(DEMO.steward).call<{ code: string }>('enterpriseContact.issueCode', { enterpriseId: 'ent-001' }));
    expect(await signIn('idp-enterprise-person', { bindingCode: code })).toMatchObject({ ok: false, error: { code: 'DESK_ROLE_REFUSED', message: expect.stringContaining('小程序') } });
    expect(await boundTo('idp-enterprise-person')).toEqual([]);
    // The code is still good for the mini-program.
    expect(dataOf(await t.as('wx-new-contact').call('account.bind', { code, name: '李明' }))).toMatchObject({ user: { role: 'enterprise' } });
  });

  it.each<[string, TokenTweaks, string]>([
    ['a forged signature', { forgeSignature: true }, 'OIDC_SIGNATURE_INVALID'],
    ['a key the provider does not publish', { unknownKey: true }, 'OIDC_SIGNATURE_INVALID'],
    ['another audience', { aud: 'some-other-app' }, 'OIDC_AUDIENCE_MISMATCH'],
    ['another issuer', { iss: 'https://idp.example.com' }, 'OIDC_ISSUER_MISMATCH'],
    ['an expired token', { expiresIn: -600 }, 'OIDC_TOKEN_EXPIRED'],
    ['another sign-in request’s nonce', { nonce: 'a-nonce-from-another-request' }, 'OIDC_NONCE_MISMATCH'],
  ])('refuses an ID token with %s, and binds nothing even with a good code', async (_what, tweaks, code) => {
    const { code: bindingCode } = await newAccountCode();
    const reply = await signIn('idp-target', { bindingCode: bindingCode.code, tweaks });
    expect(reply).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    expect(await boundTo('idp-target')).toEqual([]);
  });

  it('refuses a return that does not belong to this browser’s request, and a code redeemed without its verifier', async () => {
    expect(await signIn('idp-officer-qian', { spoil: () => ({ state: 'a-state-this-browser-never-made' }) })).toMatchObject({ ok: false, error: { code: 'OIDC_STATE_MISMATCH' } });
    expect(await signIn('idp-officer-qian', { spoil: () => ({ codeVerifier: 'x'.repeat(43) }) })).toMatchObject({ ok: false, error: { code: 'OIDC_LOGIN_FAILED' } });
  });

  it('ends earlier desk sessions when the account binds again, and refuses a disabled account', async () => {
    const { account, code } = await newAccountCode('district_admin', '孙立新');
    const first = dataOf(await signIn('idp-rebinder', { bindingCode: code.code }));
    const { code: second } = dataOf(await t.as(DEMO.district).call<{ code: string }>('account.reissueCode', { id: account.id }));
    // The person's identity moved to a new provider account: the new subject binds with the new code.
    dataOf(await signIn('idp-rebinder-2', { bindingCode: second }));
    expect(await deskCall(first.ticket, 'session.me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    dataOf(await t.as(DEMO.district).call('account.setStatus', { id: account.id, status: 'disabled' }));
    expect(await signIn('idp-rebinder-2')).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
  });

  it('admits desk sessions of government roles only, and takes no identity from the request', async () => {
    await t.cloud.run(() => t.cloud.database().collection('users').doc('u-ent-001').update({ data: { deskUserId: 'desk-enterprise-01' } }));
    expect(await t.cloud.invoke('api', { action: 'session.me' }, { customUserId: 'desk-enterprise-01' })).toMatchObject({ ok: false, error: { code: 'DESK_ROLE_REFUSED' } });
    const claimed = { action: 'session.me', input: {}, customUserId: 'desk-enterprise-01', userInfo: { customUserId: 'desk-enterprise-01' } };
    expect(await t.cloud.invoke('api', claimed)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('says plainly when the provider cannot be reached', async () => {
    const offline = openTestCloud({ seed: false, functionEnv: { ...localValues(FUNCTION_SETTINGS), OIDC_ISSUER: 'http://127.0.0.1:9/unreachable' } });
    try {
      expect(await offline.cloud.invoke('login', { action: 'desk.begin', input: {} })).toMatchObject({ ok: false, error: { code: 'OIDC_UNAVAILABLE' } });
    } finally {
      offline.close();
    }
  });
});
