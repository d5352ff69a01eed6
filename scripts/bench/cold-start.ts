/**
 * What a cold start pays for the api bundle itself: in fresh processes, the time to load
 * wx-server-sdk, then the bundle on top of it (the sdk already loaded), median of several runs.
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

export const measureColdStart = (root: string, fn = 'api') => {
  const bundle = path.join(root, 'cloudfunctions', fn, 'index.js');
  // The function refuses to load without its settings; the local ones stand in, as on the local cloud.
  const env = { ...localValues(FUNCTION_SETTINGS), ...process.env };
  const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ['-e', PROBE, bundle], { cwd: root, encoding: 'utf8', env })) as { sdk: number; bundle: number });
  return { sdkMs: median(runs.map((r) => r.sdk)), bundleMs: median(runs.map((r) => r.bundle)), runs: RUNS };
};
