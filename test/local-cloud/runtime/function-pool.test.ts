/**
 * The local server's function instances (worker threads, each reading through its own replica of
 * the database): calls keep their own identity, what one instance writes every instance reads
 * next, failures come back as the caller's, and storage links they sign open on the server.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FunctionPool } from '../../../local-cloud/runtime/function-pool';
import { LocalCloud } from '../../../local-cloud/runtime/local-cloud';
import { seedIfEmpty } from '../../../local-cloud/seed/seed';
import { DEMO } from '../../support/test-cloud';

const functionsDir = path.resolve(__dirname, '../../../cloudfunctions');
let dir: string;
let cloud: LocalCloud;
let pool: FunctionPool;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
  cloud = new LocalCloud({ dataDir: dir, functionsDir });
  seedIfEmpty(cloud);
  pool = new FunctionPool(cloud, { dataDir: dir, functionsDir, publicUrl: 'http://127.0.0.1:8787', functionEnv: cloud.functionEnv() }, 2);
});
afterAll(async () => {
  await pool.close();
  cloud.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
const call = async <T = any>(openid: string, action: string, input: object = {}) => {
  const reply = (await pool.invoke('api', { action, input }, { openid })) as Reply<T>;
  if (!reply.ok) throw new Error(`${action}: ${reply.error.code} ${reply.error.message}`);
  return reply.data;
};

test('concurrent calls on both instances each keep their own identity', async () => {
  const callers = [DEMO.enterprise, DEMO.otherEnterprise, DEMO.steward, DEMO.district, DEMO.enterprise, DEMO.otherSteward, DEMO.unitAdmin, DEMO.department];
  const me = await Promise.all(callers.map((openid) => call<{ user: { id: string } }>(openid, 'session.me')));
  expect(me.map((r) => r.user.id)).toEqual(['u-ent-001', 'u-ent-020', 'u-steward-01', 'u-district-01', 'u-ent-001', 'u-steward-02', 'u-unit-admin-z01', 'u-dept-01']);
});

test('a demand written through one instance is read by the next calls on either', async () => {
  const title = `申请研发费用补贴（实例测试 ${Date.now()}）`;
  const submitted = await call<{ id: string }>(DEMO.enterprise, 'demand.submit', { category: '融资', title, description: `${title}，请尽快答复`, clientRequestId: `pool-${Date.now()}` });
  // Several at once, so both instances answer some: each reads the committed write from its own replica.
  const lists = await Promise.all(Array.from({ length: 6 }, (_x, i) => call<{ items: Array<{ id: string }> }>(i % 2 ? DEMO.steward : DEMO.enterprise, 'demand.list', { page: 1, pageSize: 20 })));
  for (const list of lists) expect(list.items.map((d) => d.id)).toContain(submitted.id);
  expect(await call(DEMO.steward, 'demand.get', { id: submitted.id })).toMatchObject({ title, status: 'submitted' });
});

test('a refusal comes back as the reply, an unknown function as the platform\'s error', async () => {
  const refused = (await pool.invoke('api', { action: 'demand.list', input: {} }, { openid: DEMO.unbound })) as Reply<unknown>;
  expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  await expect(pool.invoke('no-such-function', {}, { openid: DEMO.enterprise })).rejects.toMatchObject({ errCode: -501000 });
});

test('a download link an instance signs opens on the server', async () => {
  const exported = await call<{ fileID: string; url: string }>(DEMO.district, 'demand.export', { unitId: 'unit-z01' });
  const url = new URL(exported.url);
  const cloudPath = decodeURIComponent(url.pathname.slice('/local/storage/'.length));
  expect(cloud.storage.check(cloudPath, url.searchParams.get('expires'), url.searchParams.get('sign'))).toBe('ok');
  expect(cloud.storage.check(cloudPath, url.searchParams.get('expires'), 'f'.repeat(64))).toBe('invalid');
});

test('an instance that dies fails the call under way and is replaced', async () => {
  // A function folder with the real api and one function that ends its instance's thread.
  const functions = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-functions-'));
  fs.symlinkSync(path.join(functionsDir, 'api'), path.join(functions, 'api'));
  fs.mkdirSync(path.join(functions, 'crash'));
  fs.writeFileSync(path.join(functions, 'crash', 'index.js'), 'exports.main = async () => process.exit(3);');
  const one = new FunctionPool(cloud, { dataDir: dir, functionsDir: functions, publicUrl: 'http://127.0.0.1:8787', functionEnv: cloud.functionEnv() }, 1);
  try {
    const me = () => one.invoke('api', { action: 'session.me', input: {} }, { openid: DEMO.steward }) as Promise<Reply<{ user: { id: string } }>>;
    expect(await me()).toMatchObject({ ok: true, data: { user: { id: 'u-steward-01' } } });
    // Past the start-up window: a crash now is not one at start, so the instance is started again.
    await new Promise((r) => setTimeout(r, 5_100));
    await expect(one.invoke('crash', {}, { openid: DEMO.steward })).rejects.toMatchObject({ errCode: -1, message: expect.stringContaining('exited (3)') });
    expect(await me()).toMatchObject({ ok: true, data: { user: { id: 'u-steward-01' } } });
  } finally {
    await one.close();
    fs.rmSync(functions, { recursive: true, force: true });
  }
});
