/** The weapp build's main package and subpackages, as WeChat counts them (files under each root). */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { APP_SETTINGS, localValues } from '../../src/core/settings';

const sizeOf = (target: string): number =>
  statSync(target).isDirectory() ? readdirSync(target).reduce((sum, f) => sum + sizeOf(path.join(target, f)), 0) : statSync(target).size;

export const weappSizes = (root: string, rebuild: boolean) => {
  const dist = path.join(root, 'dist/weapp');
  if (!existsSync(path.join(dist, 'app.json')) || rebuild) {
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
