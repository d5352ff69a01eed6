// End-to-end runner: build once, start the local server on a free port with fresh demo data,
// run every test/e2e/*.e2e.ts flow in headless Chromium, stop the server, write the counts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFunctions } from '../../scripts/build-functions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const buildDir = path.join(root, '.build');
mkdirSync(buildDir, { recursive: true });
const writeReport = (passed, failed) => writeFileSync(path.join(buildDir, 'e2e.json'), JSON.stringify({ passed, failed }));

await buildFunctions();
// CI always builds the H5 app from the checkout; locally an existing build is reused
// (`npm run build:h5` refreshes it, or E2E_REBUILD=1).
if (process.env.CI || process.env.E2E_REBUILD || !existsSync(path.join(root, 'dist/h5/index.html'))) {
  const log = path.join(buildDir, 'h5-build.log');
  console.log(`building the H5 app (log: ${path.relative(root, log)}) …`);
  const fd = openSync(log, 'w');
  const started = Date.now();
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: ['ignore', fd, fd] });
  if (build.status !== 0) {
    console.error(readFileSync(log, 'utf8').slice(-4000));
    writeReport(0, 1);
    process.exit(1);
  }
  console.log(`H5 build done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-data-'));
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'local-cloud/main.ts')], {
  cwd: root,
  env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /serving (http:\/\/[\d.]+:\d+)/.exec(out);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`local server exited with ${code}:\n${out}`)));
});
console.log(`local server at ${base}`);

// E2E_ONLY=handover,visit runs only the flows whose file name contains one of the words.
const only = (process.env.E2E_ONLY ?? '').split(',').filter(Boolean);
const flows = readdirSync(path.join(root, 'test/e2e'))
  .filter((f) => f.endsWith('.e2e.ts') && (only.length === 0 || only.some((word) => f.includes(word))))
  .sort()
  .map((f) => path.join('test/e2e', f));
const tap = path.join(buildDir, 'e2e.tap');
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...flows],
  { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: base } },
);
server.kill('SIGTERM');

const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (word) => Number(new RegExp(`^# ${word} (\\d+)`, 'm').exec(tapText)?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + (run.status !== 0 && count('fail') === 0 ? 1 : 0);
writeReport(passed, failed);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
