// `npm run load [-- --seconds 20 --connections 32 --scale N]`: many demo identities at once against
// the local server on 127.0.0.1 (a fresh copy of the data, so nothing is left behind): a mix of
// reads and writes through POST /local/functions/api, reporting throughput, p50/p99 and errors.
// Budget (issue 14): ≥ 500 mixed actions per second with no errors.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { nextCall, WRITE_ACTIONS, type Call, type Crowd } from './load/mix';

const root = path.resolve(__dirname, '..');
const BUDGET_PER_SECOND = 500;
const arg = (name: string, fallback: number) => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback);
const seconds = Math.min(Math.max(arg('seconds', 20), 1), 120);
const connections = Math.min(Math.max(arg('connections', 32), 1), 256);
const scale = arg('scale', 0);

/** A process's peak resident memory so far (Linux: VmHWM), in MB; undefined where /proc has none. */
const peakRssMb = (pid: number | undefined): number | undefined => {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
};

/** The local server on a free port of 127.0.0.1, on its own copy of the data. */
const startServer = async (dataDir: string) => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'local-cloud/main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const m = /serving http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`local server exited (${code}) before listening`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
};

const post = async (base: string, pathname: string, body: object, token?: string) => {
  const res = await fetch(base + pathname, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return (await res.json()) as { token?: string; result?: { ok: boolean; data?: { items: Array<{ id: string }> } } };
};

const main = async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-functions.mjs')], { stdio: 'ignore' });
  const dataDir = mkdtempSync(path.join(scale ? path.join(root, '.data') : tmpdir(), 'load-'));
  if (scale) {
    const source = path.join(root, '.data', `scale-${scale}`);
    for (const f of readdirSync(source).filter((f) => f.includes('.sqlite'))) copyFileSync(path.join(source, f), path.join(dataDir, f));
  }
  const { child, base } = await startServer(dataDir);
  try {
    // Sign in a crowd of demo identities; each steward's own enterprises for their writes.
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const crowd: Crowd = {
      enterprises: Array.from({ length: 100 }, (_, i) => `ent-${pad(i + 1, 3)}`),
      stewards: Array.from({ length: 30 }, (_, i) => `steward-${pad(i + 1)}`),
      unitAdmins: ['unit-admin-z01', 'unit-admin-z02', 'unit-admin-z03', 'unit-admin-t01', 'unit-admin-s02'],
      departments: Array.from({ length: 12 }, (_, i) => `dept-${pad(i + 1)}`),
      district: 'district-01',
      servedBy: new Map(),
    };
    const tokens = new Map<string, string>();
    for (const openid of [...crowd.enterprises, ...crowd.stewards, ...crowd.unitAdmins, ...crowd.departments, crowd.district]) {
      tokens.set(openid, (await post(base, '/local/login', { openid })).token!);
    }
    for (const steward of crowd.stewards) {
      const list = await post(base, '/local/functions/api', { action: 'enterprise.list', input: { pageSize: 50 } }, tokens.get(steward));
      crowd.servedBy.set(steward, list.result!.data!.items.map((e) => e.id));
    }
    const tally = new Map<string, { ok: number; failed: number }>();
    let firstFailure = '';
    console.log(`load: ${connections} connections for ${seconds} s against ${base} (${scale ? `scale ${scale}` : 'demo data'}, a fresh copy)`);
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/local/functions/api',
          setupRequest: (req, context) => {
            const call: Call = nextCall(crowd);
            (context as { action?: string }).action = call.action;
            return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(call.openid)}` }, body: JSON.stringify({ action: call.action, input: call.input }) };
          },
          onResponse: (status, body, context) => {
            const action = (context as { action?: string }).action ?? '?';
            const t = tally.get(action) ?? { ok: 0, failed: 0 };
            let ok = false;
            try {
              ok = status === 200 && (JSON.parse(body) as { result?: { ok?: boolean } }).result?.ok === true;
            } catch {
              /* not JSON: a failure */
            }
            if (ok) t.ok++;
            else {
              t.failed++;
              firstFailure ||= `${action}: HTTP ${status} ${body.slice(0, 200)}`;
            }
            tally.set(action, t);
          },
        },
      ],
    });
    const calls = [...tally.values()].reduce((s, t) => s + t.ok + t.failed, 0);
    const failed = [...tally.values()].reduce((s, t) => s + t.failed, 0) + result.errors + result.timeouts;
    const writes = [...tally].filter(([a]) => WRITE_ACTIONS.has(a)).reduce((s, [, t]) => s + t.ok + t.failed, 0);
    const perSecond = result.requests.average;
    console.log(`\n  ${calls.toLocaleString('en')} actions in ${result.duration.toFixed(1)} s (${((writes / calls) * 100).toFixed(0)}% writes): ${perSecond.toFixed(0)} actions/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  errors: ${failed} (action failures ${failed - result.errors - result.timeouts}, connection errors ${result.errors}, timeouts ${result.timeouts})${firstFailure ? `; first: ${firstFailure}` : ''}`);
    for (const [action, t] of [...tally].sort((a, b) => b[1].ok - a[1].ok)) console.log(`    ${action.padEnd(18)} ${String(t.ok).padStart(7)} ok ${t.failed ? `${t.failed} failed` : ''}`);
    const peak = peakRssMb(child.pid);
    if (peak !== undefined) console.log(`  peak memory of the local server (all its threads): ${peak.toFixed(0)} MB`);
    const pass = perSecond >= BUDGET_PER_SECOND && failed === 0;
    console.log(`\n  budget: ≥ ${BUDGET_PER_SECOND} mixed actions/s with no errors: ${pass ? 'PASS' : 'FAIL'}`);
    if (!pass) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
