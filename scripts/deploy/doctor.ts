/**
 * `npm run doctor`: checks a configured CloudBase environment against the declarations in the
 * code (the same comparison as `npm run deploy`) and prints what to fix. Changes nothing.
 * Exit 0: it matches; 1: something to fix; 2: it could not check (configuration missing).
 */
import { FUNCTION_SETTINGS } from '../../src/core/settings';
import { CLOUDBASE_CONFIG, ConfigurationMissing, requireConfig } from './config';
import { desiredState } from './desired';
import { describeChange, describeNote } from './describe';
import { planDeployment } from './plan';
import { buildBundles, configSummary, connect, readConfig } from './session';

const main = async () => {
  const config = readConfig();
  requireConfig(config, [['npm run doctor needs the CloudBase credentials', CLOUDBASE_CONFIG]]);
  await buildBundles();
  // Without the template ids here, a function's variables are checked for presence only.
  const desired = desiredState(config);
  const manager = await connect(config);
  const { observeCloudBase } = await import('./cloudbase-observe');
  console.log(`checking environment ${config.CLOUDBASE_ENV_ID} against the declarations …`);
  const observed = await observeCloudBase(manager, config.CLOUDBASE_ENV_ID as string, desired.functions.map((f) => f.name));
  const plan = planDeployment(desired, observed);
  for (const note of plan.notes) console.log(`  note: ${describeNote(note)}`);
  if (plan.changes.length === 0) {
    console.log(`ok: environment ${config.CLOUDBASE_ENV_ID} matches every declared collection, index, rule, function, trigger and variable.`);
    return;
  }
  console.log(`${plan.changes.length} things to fix (npm run deploy fixes them all):`);
  for (const change of plan.changes) console.log(`  ✗ ${describeChange(change)}`);
  process.exitCode = 1;
};

main().catch((error) => {
  if (error instanceof ConfigurationMissing) {
    const names = [...CLOUDBASE_CONFIG, ...FUNCTION_SETTINGS].map((s) => s.name);
    console.error(`doctor: cannot check an environment without credentials.\n${error.message}\nHere: ${configSummary(readConfig(), names)}.`);
    process.exitCode = 2;
    return;
  }
  console.error(`doctor failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
