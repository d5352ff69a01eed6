// `npm test`: type check, lint, unit/action/page tests (jest), then end-to-end flows in headless
// Chromium on the H5 build. Ends with one summary line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const wants = (step) => only.length === 0 || only.includes(step);
mkdirSync(path.join(root, '.build'), { recursive: true });

let passed = 0;
let failed = 0;
const run = (label, command, args) => {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`=== ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  return result.status === 0;
};
const countStep = (ok) => (ok ? passed++ : failed++);

if (wants('typecheck')) countStep(run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
if (wants('lint')) countStep(run('lint', 'npx', ['eslint', '.', '--max-warnings=0']));

if (wants('unit')) {
  const report = path.join(root, '.build/jest.json');
  rmSync(report, { force: true });
  const ok = run('unit, action and page tests (jest)', 'npx', ['jest', '--json', `--outputFile=${report}`]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  } else failed++;
  if (!ok && existsSync(report) && JSON.parse(readFileSync(report, 'utf8')).numFailedTests === 0) failed++;
}

if (wants('e2e')) {
  const report = path.join(root, '.build/e2e.json');
  rmSync(report, { force: true });
  const ok = run('end-to-end flows (headless Chromium, H5 build)', process.execPath, [path.join(root, 'test/e2e/run.mjs')]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.passed;
    failed += r.failed;
  }
  if (!ok && !existsSync(report)) failed++;
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
