/**
 * What a cold start pays for the api bundle itself: in fresh processes with the runtime's
 * environment, the time to load wx-server-sdk, then the bundle on top of it (the sdk already
 * loaded), median of several runs. The bundle loads each group of actions on its first call
 * (server/actions/registry.ts), so it also times, for each role's home, the bundle with the
 * groups of every action that home calls: what the home's first calls on a cold instance load.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { FUNCTION_SETTINGS, localValues } from '../../src/core/settings';
import { BENCH_CASES } from './cases';

const RUNS = 7;
const PROBE = `
const t0 = process.hrtime.bigint();
require('wx-server-sdk');
const t1 = process.hrtime.bigint();
const api = require(process.argv[1]);
const t2 = process.hrtime.bigint();
Promise.all(JSON.parse(process.argv[2]).map((name) => api.loadAction(name))).then((found) => {
  if (found.some((a) => !a)) throw new Error('no such action');
  const t3 = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ sdk: Number(t1 - t0) / 1e6, bundle: Number(t2 - t1) / 1e6, withHome: Number(t3 - t1) / 1e6 }));
});
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What CloudBase's runtime (SCF) sets in every function's environment. The node SDK reads it when
 * `cloud.init` runs: outside SCF it first asks the cloud metadata service whether it runs on
 * Tencent Cloud (an HTTP request set up synchronously, ~20–30 ms here) — a cost no deployed
 * function pays, so the probe runs as SCF runs it.
 */
const SCF_RUNTIME_ENV = { TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_REGION: 'ap-shanghai', SCF_NAMESPACE: 'cold-start-probe' };

/** The actions each role's home calls (the bench's home cases), by the home's caller. */
const homeCalls = (): Array<{ home: string; actions: string[] }> => {
  const byCaller = new Map<string, Set<string>>();
  for (const c of BENCH_CASES.filter((c) => c.kind === 'home' || / home\)$/.test(c.label))) byCaller.set(c.openid, (byCaller.get(c.openid) ?? new Set()).add(c.action));
  return [...byCaller].map(([home, actions]) => ({ home, actions: [...actions] }));
};

export const measureColdStart = (root: string, fn = 'api') => {
  const bundle = path.join(root, 'cloudfunctions', fn, 'index.js');
  // The function refuses to load without its settings; the local ones stand in, as on the local cloud.
  const env = { ...localValues(FUNCTION_SETTINGS), ...process.env, ...SCF_RUNTIME_ENV };
  const probe = (actions: string[]) => JSON.parse(execFileSync(process.execPath, ['-e', PROBE, bundle, JSON.stringify(actions)], { cwd: root, encoding: 'utf8', env })) as { sdk: number; bundle: number; withHome: number };
  const runs = Array.from({ length: RUNS }, () => probe([]));
  const homes = homeCalls().map(({ home, actions }) => ({ home, actions: actions.length, ms: median(Array.from({ length: RUNS }, () => probe(actions).withHome)) }));
  return { sdkMs: median(runs.map((r) => r.sdk)), bundleMs: median(runs.map((r) => r.bundle)), homes, runs: RUNS };
};
