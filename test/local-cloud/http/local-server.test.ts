import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import realNodeSdk from '@cloudbase/node-sdk';
import { createLocalServer } from '../../../local-cloud/http/server';
import { DEMO, openTestCloud, type TestCloud } from '../../support/test-cloud';

describe('the local server HTTP surface', () => {
  let t: TestCloud;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    t = openTestCloud();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'local-server-'));
    server = createLocalServer({ cloud: t.cloud, dataDir, webRoot: path.join(dataDir, 'no-h5') });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    t.close();
  });

  const post = (url: string, body: unknown, token?: string) =>
    fetch(base + url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const login = async (openid: string) => ((await (await post('/local/login', { openid })).json()) as { token: string }).token;

  it('lists demo identities for every role', async () => {
    const identities = (await (await fetch(`${base}/local/identities`)).json()) as Array<{ openid: string; role: string; name: string }>;
    expect(new Set(identities.map((i) => i.role))).toEqual(new Set(['enterprise', 'steward', 'liaison', 'unit_admin', 'department', 'district_admin']));
    expect(identities.find((i) => i.openid === DEMO.enterprise)).toMatchObject({ role: 'enterprise', detail: expect.stringContaining('有限公司') });
  });

  it('signs in by openid and calls a function as that user', async () => {
    const token = await login(DEMO.enterprise);
    const res = await post('/local/functions/api', { action: 'session.me' }, token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ result: { ok: true, data: { user: { id: 'u-ent-001', role: 'enterprise' } } } });
  });

  it('calls without a token or with a forged one carry no OPENID', async () => {
    const token = await login(DEMO.enterprise);
    const forged = token.replace(/^[^.]+/, Buffer.from(DEMO.district).toString('base64url'));
    for (const t of [undefined, forged]) {
      const body = (await (await post('/local/functions/api', { action: 'demand.list', input: {} }, t)).json()) as { result: { error: { code: string } } };
      expect(body.result.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('exchanges a custom-login ticket for a session that calls functions as that custom user', async () => {
    const ticketFor = (uid: string) => realNodeSdk.init({ env: 'local', credentials: t.cloud.customLoginKey } as never).auth().createTicket(uid);
    // An account bound at the desk console carries its custom-login user id (the login function sets it).
    await t.cloud.run(() => t.cloud.database().collection('users').doc('u-district-01').update({ data: { deskUserId: 'desk-test-0001' } }));
    const exchanged = await post('/local/auth/ticket', { ticket: ticketFor('desk-test-0001') });
    expect(exchanged.status).toBe(200);
    const { token, customUserId } = (await exchanged.json()) as { token: string; customUserId: string };
    expect(customUserId).toBe('desk-test-0001');
    expect(await (await post('/local/functions/api', { action: 'session.me' }, token)).json()).toMatchObject({ result: { ok: true, data: { user: { id: 'u-district-01' } } } });
    // A session whose custom user no longer names an account is refused, not taken for anyone.
    const stale = ((await (await post('/local/auth/ticket', { ticket: ticketFor('desk-nobody-01') })).json()) as { token: string }).token;
    expect(await (await post('/local/functions/api', { action: 'session.me' }, stale)).json()).toMatchObject({ result: { ok: false, error: { code: 'UNAUTHENTICATED' } } });
    // Subscribe messages need a WeChat user.
    expect((await post('/local/subscribe', { templateIds: ['tpl-todo'] }, token)).status).toBe(401);
    // A desk session uploads as its custom user: a WeChat user may not overwrite what it created, the session may.
    const upload = (as: string, body: string) => fetch(`${base}/local/upload?cloudPath=imports/desk/a.xlsx`, { method: 'POST', headers: { authorization: `Bearer ${as}` }, body });
    expect((await upload(token, 'desk')).status).toBe(200);
    expect((await upload(await login(DEMO.enterprise), 'evil')).status).toBe(403);
    expect((await upload(token, 'desk again')).status).toBe(200);
    const forged = ticketFor('desk-test-0001').replace(/\.[^.]+$/, '.AAAA');
    expect(await post('/local/auth/ticket', { ticket: forged })).toMatchObject({ status: 401 });
  });

  it('stores an upload from a signed-in user and serves it back by a signed link until it expires', async () => {
    const token = await login(DEMO.enterprise);
    const refused = await fetch(`${base}/local/upload?cloudPath=demands/x/a.png`, { method: 'POST', body: 'x' });
    expect(refused.status).toBe(401);
    const res = await fetch(`${base}/local/upload?cloudPath=demands/x/a.png`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: Buffer.from('png-bytes') });
    const { fileID } = (await res.json()) as { fileID: string };
    expect(fileID).toBe('cloud://local.local/demands/x/a.png');
    // A private bucket: the path alone reads nothing.
    expect((await fetch(`${base}/local/storage/demands/x/a.png`)).status).toBe(403);
    const linkOf = (result: { fileList: Array<{ tempFileURL: string }> }) => base + new URL(result.fileList[0].tempFileURL).pathname + new URL(result.fileList[0].tempFileURL).search;
    const fresh = await fetch(linkOf(t.cloud.storage.tempUrls([{ fileID, maxAge: 600 }])));
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toBe('png-bytes');
    expect(fresh.headers.get('x-content-type-options')).toBe('nosniff');
    const issuedElevenMinutesAgo = t.cloud.storage.tempUrls([{ fileID, maxAge: 600 }], Date.now() - 11 * 60_000);
    const expired = await fetch(linkOf(issuedElevenMinutesAgo));
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({ error: 'the link has expired' });
    const tampered = linkOf(t.cloud.storage.tempUrls([{ fileID, maxAge: 600 }])).replace(/expires=\d+/, `expires=${Math.floor(Date.now() / 1000) + 86_400 * 365}`);
    expect((await fetch(tampered)).status).toBe(403);
    expect((await fetch(`${base}/local/storage/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(403);

    // Another user may not overwrite it; its creator may.
    const intruder = await login(DEMO.otherEnterprise);
    const overwrite = await fetch(`${base}/local/upload?cloudPath=demands/x/a.png`, { method: 'POST', headers: { authorization: `Bearer ${intruder}` }, body: Buffer.from('evil') });
    expect(overwrite.status).toBe(403);
    expect((await fetch(`${base}/local/upload?cloudPath=demands/x/a.png`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: Buffer.from('png-bytes-2') })).status).toBe(200);
    expect((await t.cloud.sdk.downloadFile({ fileID })).fileContent.toString()).toBe('png-bytes-2');
  });

  it('describes every action with roles and a JSON Schema', async () => {
    const actions = (await (await fetch(`${base}/local/actions`)).json()) as Array<{ name: string; function: string; roles: unknown; input: { type: string } }>;
    expect(actions.find((a) => a.name === 'demand.submit')).toMatchObject({
      function: 'api',
      roles: ['enterprise', 'steward'],
      input: { type: 'object', properties: { title: { type: 'string', maxLength: 50 } } },
    });
  });

  it('answers unknown functions, bad JSON and missing pages with clear errors', async () => {
    expect((await post('/local/functions/nope', {})).status).toBe(404);
    const bad = await fetch(`${base}/local/functions/api`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    expect((await post('/local/login', { openid: '' })).status).toBe(400);
    expect((await fetch(`${base}/`)).status).toBe(503);
  });

  it('fires timers on request and shows the outbox', async () => {
    const fired = (await (await post('/local/timers/cron/hourly', {})).json()) as { result: { ok: boolean } };
    expect(fired.result.ok).toBe(true);
    // Saturday 5 Dec 2026: the morning reminders do nothing on a day off.
    const saturday = (await (await post('/local/timers/cron/morning', { at: '2026-12-05T08:30:00+08:00' })).json()) as { result: { data: { jobs: { sendVisitReminders: { changed: number } } } } };
    expect(saturday.result.data.jobs.sendVisitReminders.changed).toBe(0);
    expect((await post('/local/timers/cron/morning', { at: 'soon' })).status).toBe(400);
    const token = await login(DEMO.enterprise);
    expect((await post('/local/subscribe', { templateIds: ['tpl-a'] }, token)).status).toBe(200);
    await t.cloud.run(() => t.cloud.sdk.openapi.subscribeMessage.send({ touser: DEMO.enterprise, templateId: 'tpl-a', page: 'pages/index/index', data: { thing1: { value: '诉求<已办结>' } } }));
    const outbox = (await (await fetch(`${base}/local/outbox`)).json()) as Array<{ touser: string }>;
    expect(outbox[0].touser).toBe(DEMO.enterprise);
    const page = await (await fetch(`${base}/local/outbox`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('订阅消息发件箱');
    expect(page).toContain('诉求&lt;已办结&gt;');
  });
});
