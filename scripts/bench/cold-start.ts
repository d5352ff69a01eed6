/**
 * What a cold start pays for the api bundle itself: in fresh processes with the runtime's
 * environment, the time to load wx-server-sdk, then the bundle on top of it (the sdk already
 * loaded), median of several runs.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { FUNCTION_SETTINGS, localValues } from '../../src/core/settings';

const RUNS = 7;
const PROBE = `
const t0 = process.hrtime.bigint();
require('wx-server-sdk');
const t1 = process.hrtime.bigint();
require(process.argv[1]);
const t2 = process.hrtime.bigint();
process.stdout.write(JSON.stringify({ sdk: Number(t1 - t0) / 1e6, bundle: Number(t2 - t1) / 1e6 }));
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What CloudBase's runtime (SCF) sets in every function's environment. The node SDK reads it when
 * `cloud.init` runs: outside SCF it first asks the cloud metadata service whether it runs on
 * Tencent Cloud (an HTTP request set up synchronously, ~20–30 ms here) — a cost no deployed
 * function pays, so the probe runs as SCF runs it.
 */
const SCF_RUNTIME_ENV = { TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_REGION: 'ap-shanghai', SCF_NAMESPACE: 'cold-start-probe' };

export const measureColdStart = (root: string, fn = 'api') => {
  const bundle = path.join(root, 'cloudfunctions', fn, 'index.js');
  // The function refuses to load without its settings; the local ones stand in, as on the local cloud.
  const env = { ...localValues(FUNCTION_SETTINGS), ...process.env, ...SCF_RUNTIME_ENV };
  const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ['-e', PROBE, bundle], { cwd: root, encoding: 'utf8', env })) as { sdk: number; bundle: number });
  return { sdkMs: median(runs.map((r) => r.sdk)), bundleMs: median(runs.map((r) => r.bundle)), runs: RUNS };
};
