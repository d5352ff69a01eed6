import { generateKeyPairSync } from 'node:crypto';
import realNodeSdk from '@cloudbase/node-sdk';
import { LocalCloud } from '../../../local-cloud/runtime/local-cloud';
import { TicketRefused, type CustomLoginKey } from '../../../local-cloud/wx/custom-login';
import path from 'node:path';

/**
 * CloudBase custom login as the local cloud serves it: tickets are signed by the real
 * `@cloudbase/node-sdk` (`auth().createTicket`) with the environment's key and checked as the
 * CloudBase auth service checks them; a call made with the session a ticket bought sees the
 * custom user id through `auth().getUserInfo()`, and no WeChat OPENID.
 */
describe('local CloudBase custom login', () => {
  let cloud: LocalCloud;
  beforeAll(() => {
    cloud = new LocalCloud({ dataDir: ':memory:', functionsDir: path.resolve(__dirname, '../../../cloudfunctions') });
  });
  afterAll(() => cloud.close());

  const ticketWith = (credentials: CustomLoginKey, uid: string, env = credentials.env_id) =>
    realNodeSdk.init({ env, credentials } as never).auth().createTicket(uid);
  const refusal = (ticket: string, now?: number) => {
    try {
      cloud.checkTicket(ticket, now);
      return 'accepted';
    } catch (error) {
      if (error instanceof TicketRefused) return error.problem;
      throw error;
    }
  };

  it('accepts a ticket the real SDK signed with the environment key, for ten minutes', () => {
    const ticket = ticketWith(cloud.customLoginKey, 'desk-user_01');
    expect(ticket.startsWith(`${cloud.customLoginKey.private_key_id}/@@/`)).toBe(true);
    expect(cloud.checkTicket(ticket)).toBe('desk-user_01');
    expect(refusal(ticket, Date.now() + 9 * 60_000)).toBe('accepted');
    expect(refusal(ticket, Date.now() + 11 * 60_000)).toBe('expired');
  });

  it('refuses tickets signed with another key, for another environment, or mangled', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forgedKey = { ...cloud.customLoginKey, private_key: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString() };
    expect(refusal(ticketWith(forgedKey, 'desk-user_01'))).toBe('bad-signature');
    expect(refusal(ticketWith({ ...forgedKey, private_key_id: 'another-key' }, 'desk-user_01'))).toBe('unknown-key');
    expect(refusal(ticketWith({ ...cloud.customLoginKey, env_id: 'prod-env' }, 'desk-user_01'))).toBe('wrong-env');
    const good = ticketWith(cloud.customLoginKey, 'desk-user_01');
    const [keyId, jwt] = good.split('/@@/');
    const [header, , signature] = jwt.split('.');
    const otherUid = Buffer.from(JSON.stringify({ env: 'local', uid: 'someone-else', exp: Date.now() + 60_000 })).toString('base64url');
    expect(refusal(`${keyId}/@@/${header}.${otherUid}.${signature}`)).toBe('bad-signature');
    expect(refusal('not a ticket')).toBe('malformed');
  });

  it('lets the SDK refuse a custom user id CloudBase would refuse', () => {
    expect(() => ticketWith(cloud.customLoginKey, 'abc')).toThrow(/Invalid uid/);
  });

  it('tells a function who calls: the custom user, a WeChat user, or nobody', async () => {
    const userInfo = () => Promise.resolve(cloud.nodeSdk.init({ env: cloud.nodeSdk.SYMBOL_CURRENT_ENV as never }).auth().getUserInfo());
    const wxContext = () => Promise.resolve(cloud.sdk.getWXContext());
    await expect(cloud.run(userInfo, {}, { customUserId: 'desk-user_01' })).resolves.toMatchObject({ customUserId: 'desk-user_01', openId: '', isAnonymous: false });
    await expect(cloud.run(wxContext, {}, { customUserId: 'desk-user_01' })).resolves.not.toHaveProperty('OPENID', expect.anything());
    await expect(cloud.run(userInfo, { OPENID: 'wx-openid' })).resolves.toMatchObject({ customUserId: '', openId: 'wx-openid' });
    await expect(cloud.run(userInfo)).resolves.toMatchObject({ customUserId: '', openId: '', isAnonymous: true });
  });

  it('signs tickets inside a function with SYMBOL_CURRENT_ENV resolved to the running environment', async () => {
    const sign = () => Promise.resolve(cloud.nodeSdk.init({ env: cloud.nodeSdk.SYMBOL_CURRENT_ENV as never, credentials: cloud.customLoginKey }).auth().createTicket('desk-user_02'));
    expect(cloud.checkTicket(await cloud.run(sign))).toBe('desk-user_02');
  });
});
