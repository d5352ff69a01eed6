// `npm run bench`: the weapp main-package size against its budget, and for each action exercised
// on the demo data its time and its number of database round trips (counted by the local engine).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalCloud } from '../local-cloud/runtime/local-cloud';
import { seedIfEmpty } from '../local-cloud/seed/seed';
import { APP_SETTINGS, localValues } from '../src/core/settings';

const root = path.resolve(__dirname, '..');
const MAIN_PACKAGE_BUDGET = 512 * 1024;
const READ_ROUND_TRIP_BUDGET = 2;

const sizeOf = (target: string): number =>
  statSync(target).isDirectory() ? readdirSync(target).reduce((sum, f) => sum + sizeOf(path.join(target, f)), 0) : statSync(target).size;

const weappSizes = () => {
  const dist = path.join(root, 'dist/weapp');
  if (!existsSync(path.join(dist, 'app.json')) || process.argv.includes('--rebuild')) {
    console.log('building dist/weapp (log: .build/weapp-build.log) …');
    const log = path.join(root, '.build/weapp-build.log');
    // A production build measured with the local settings: the ids' length is all that counts here.
    const env = { ...localValues(APP_SETTINGS), ...process.env };
    const result = spawnSync('sh', ['-c', `npx taro build --type weapp > "${log}" 2>&1`], { cwd: root, env });
    if (result.status !== 0) throw new Error(`weapp build failed; see ${log}`);
  }
  const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> };
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const total = sizeOf(dist);
  const sub = subRoots.filter((r) => existsSync(path.join(dist, r))).map((r) => ({ root: r, bytes: sizeOf(path.join(dist, r)) }));
  return { total, main: total - sub.reduce((s, x) => s + x.bytes, 0), sub };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const benchActions = async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-functions.mjs')], { stdio: 'ignore' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const cloud = new LocalCloud({ dataDir, functionsDir: path.join(root, 'cloudfunctions') });
  const seeded = seedIfEmpty(cloud);
  const call = (openid: string, action: string, input: object) => cloud.invoke('api', { action, input }, { openid });
  const cases: Array<{ label: string; openid: string; action: string; input: () => object; read: boolean }> = [
    { label: 'session.me (enterprise)', openid: 'ent-001', action: 'session.me', input: () => ({}), read: false },
    { label: 'demand.list (enterprise)', openid: 'ent-001', action: 'demand.list', input: () => ({}), read: true },
    { label: 'demand.list (steward, status)', openid: 'steward-01', action: 'demand.list', input: () => ({ status: 'submitted' }), read: true },
    { label: 'demand.list (district, page 3)', openid: 'district-01', action: 'demand.list', input: () => ({ page: 3 }), read: true },
    { label: 'demand.get (enterprise)', openid: 'ent-001', action: 'demand.get', input: () => ({ id: 'dem-0001' }), read: true },
    { label: 'demand.counts (steward)', openid: 'steward-01', action: 'demand.counts', input: () => ({}), read: false },
    { label: 'demand.list (steward, overdue)', openid: 'steward-01', action: 'demand.list', input: () => ({ overdue: true }), read: true },
    { label: 'enterprise.list (steward)', openid: 'steward-01', action: 'enterprise.list', input: () => ({}), read: true },
    { label: 'enterprise.get (steward)', openid: 'steward-01', action: 'enterprise.get', input: () => ({ id: 'ent-001' }), read: true },
    { label: 'enterprise.profile (steward)', openid: 'steward-01', action: 'enterprise.profile', input: () => ({ id: 'ent-001' }), read: false },
    { label: 'handover.tasks (steward)', openid: 'steward-03', action: 'handover.tasks', input: () => ({}), read: true },
    { label: 'cadence.list (steward)', openid: 'steward-01', action: 'cadence.list', input: () => ({}), read: true },
    { label: 'contact.list (enterprise)', openid: 'ent-001', action: 'contact.list', input: () => ({}), read: true },
    { label: 'report.list (district)', openid: 'district-01', action: 'report.list', input: () => ({}), read: true },
    { label: 'policy.list (enterprise)', openid: 'ent-001', action: 'policy.list', input: () => ({}), read: false },
    { label: 'account.list (district)', openid: 'district-01', action: 'account.list', input: () => ({}), read: true },
    { label: 'audit.list (district)', openid: 'district-01', action: 'audit.list', input: () => ({}), read: false },
    { label: 'dashboard.unit (unit admin)', openid: 'unit-admin-z01', action: 'dashboard.unit', input: () => ({}), read: false },
    { label: 'dashboard.district', openid: 'district-01', action: 'dashboard.district', input: () => ({}), read: false },
    { label: 'demand.submit (enterprise)', openid: 'ent-001', action: 'demand.submit', input: () => ({ category: '融资', title: '基准测试诉求', description: '用于测量提交诉求的耗时和数据库往返次数。', clientRequestId: `bench-${Math.random().toString(36).slice(2, 12)}` }), read: false },
  ];
  const rows: string[][] = [];
  let overBudget = 0;
  for (const c of cases) {
    await call(c.openid, c.action, c.input()); // warm-up: loads the bundle, fills caches
    const times: number[] = [];
    let trips = 0;
    const runs = 30;
    for (let i = 0; i < runs; i++) {
      cloud.engine.resetRoundTrips();
      const started = process.hrtime.bigint();
      const reply = (await call(c.openid, c.action, c.input())) as { ok: boolean; error?: unknown };
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!reply.ok) throw new Error(`${c.label} failed: ${JSON.stringify(reply.error)}`);
      trips = cloud.engine.roundTrips();
    }
    times.sort((a, b) => a - b);
    const flag = c.read && trips > READ_ROUND_TRIP_BUDGET ? 'OVER BUDGET' : c.read ? 'ok' : '';
    if (flag === 'OVER BUDGET') overBudget++;
    rows.push([c.label, times[Math.floor(runs / 2)].toFixed(2), times[Math.floor(runs * 0.95)].toFixed(2), String(trips), flag]);
  }
  const timed = async (trigger: string) => {
    const started = Date.now();
    await cloud.fireTimer('cron', trigger);
    return Date.now() - started;
  };
  const cronMs = { hourly: await timed('hourly'), morning: await timed('morning') };
  cloud.close();
  return { rows, overBudget, cronMs, seeded: seeded.counts };
};

const main = async () => {
  const sizes = weappSizes();
  console.log('\nweapp package (dist/weapp)');
  console.log(`  main package: ${kb(sizes.main)} (budget ${kb(MAIN_PACKAGE_BUDGET)}; WeChat limit 2048 KB) ${sizes.main <= MAIN_PACKAGE_BUDGET ? 'ok' : 'OVER BUDGET'}`);
  for (const s of sizes.sub) console.log(`  subpackage ${s.root}: ${kb(s.bytes)}`);
  console.log(`  total: ${kb(sizes.total)}`);

  const { rows, overBudget, cronMs, seeded } = await benchActions();
  console.log(`\nactions on the demo data (${Object.entries(seeded).map(([k, v]) => `${v} ${k}`).join(', ')}), 30 runs each, SQLite file in WAL mode`);
  const header = ['action', 'median ms', 'p95 ms', 'db round trips', `list/detail budget (≤ ${READ_ROUND_TRIP_BUDGET})`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log('  ' + r.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  console.log(`\ncron over the demo data: hourly run (supervision, auto-close, handover escalation) ${cronMs.hourly} ms; morning reminders ${cronMs.morning} ms (0 work on a non-working day)`);
  if (overBudget > 0 || sizes.main > MAIN_PACKAGE_BUDGET) process.exitCode = 1;
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
