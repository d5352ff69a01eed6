/**
 * `npm run deploy`: makes the CloudBase environment and the mini-program match the declarations
 * in the code, applying only the difference (a second run changes nothing and says so).
 *   --dry-run       the whole plan against an empty environment, with no network call
 *   --cloud-only    only the CloudBase side        --app-only   only the mini-program
 *   --preview       a preview QR code instead of uploading a version
 *   --version X     --desc "…"   the uploaded version and its description
 */
import { FUNCTION_SETTINGS, type SettingDeclaration } from '../../src/core/settings';
import { CLOUDBASE_CONFIG, ConfigurationMissing, MINIPROGRAM_CONFIG, requireConfig } from './config';
import { desiredState } from './desired';
import { describeChange, describePlan } from './describe';
import { EMPTY_ENVIRONMENT, planDeployment } from './plan';
import { CLOUDBASE_NAMES, buildBundles, configSummary, connect, desiredApp, readConfig } from './session';
import type { Change, DesiredState, ObservedState } from './types';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const withCloud = !args.includes('--app-only');
const withApp = !args.includes('--cloud-only');

const onlySides = (desired: DesiredState): DesiredState =>
  withCloud ? desired : { ...desired, collections: [], functions: [] };
const isAppChange = (c: Change) => c.kind === 'app.upload' || c.kind === 'app.preview';

const dryRunReport = (desired: DesiredState) => {
  const plan = planDeployment(desired, EMPTY_ENVIRONMENT);
  console.log('dry run: no network call was made. The plan assumes an empty environment; a real run first');
  console.log('reads the environment and applies only the difference.\n');
  console.log(describePlan(plan).join('\n'));
  const config = readConfig();
  console.log(`\n${plan.changes.length} changes. Configuration here: ${configSummary(config, [...CLOUDBASE_NAMES, ...MINIPROGRAM_CONFIG.map((s) => s.name), ...FUNCTION_SETTINGS.map((s) => s.name)])}.`);
};

const observe = async (config: ReturnType<typeof readConfig>, desired: DesiredState): Promise<{ observed: ObservedState; manager?: Awaited<ReturnType<typeof connect>> }> => {
  const observed: ObservedState = { ...EMPTY_ENVIRONMENT };
  let manager;
  if (withCloud) {
    manager = await connect(config);
    const { observeCloudBase } = await import('./cloudbase-observe');
    Object.assign(observed, await observeCloudBase(manager, config.CLOUDBASE_ENV_ID as string, desired.functions.map((f) => f.name)));
  }
  if (desired.app && desired.app.mode === 'upload') {
    const { latestAppVersion } = await import('./miniprogram');
    observed.appVersion = await latestAppVersion(config);
  }
  return { observed, manager };
};

const requiredGroups = (): Array<[string, readonly SettingDeclaration[]]> => [
  // The app build needs the environment id too (TARO_APP_CLOUD_ENV).
  ['CloudBase', withCloud ? CLOUDBASE_CONFIG : CLOUDBASE_CONFIG.filter((s) => s.name === 'CLOUDBASE_ENV_ID')],
  ...(withApp ? [['mini-program upload', MINIPROGRAM_CONFIG] as [string, readonly SettingDeclaration[]]] : []),
  ['template ids (the functions’ variables and the app’s build)', FUNCTION_SETTINGS],
];

const main = async () => {
  await buildBundles();
  const config = readConfig();
  const desired = onlySides(desiredState(config, withApp ? desiredApp(args, config) : undefined));
  if (dryRun) return dryRunReport(desired);

  requireConfig(config, requiredGroups());
  console.log(`reading environment ${config.CLOUDBASE_ENV_ID} …`);
  const { observed, manager } = await observe(config, desired);
  const plan = planDeployment(desired, observed);
  if (plan.changes.length === 0) {
    console.log(`nothing to change: environment ${config.CLOUDBASE_ENV_ID} matches the declarations.`);
    console.log(describePlan(plan).join('\n'));
    return;
  }
  console.log(`${plan.changes.length} changes:\n${describePlan(plan).join('\n')}\n`);
  const { applyCloudBaseChange } = await import('./cloudbase-apply');
  for (const change of plan.changes) {
    if (isAppChange(change)) {
      const { publishApp } = await import('./miniprogram');
      console.log(`✓ ${await publishApp(config, (change as Extract<Change, { app: unknown }>).app)}`);
    } else {
      await applyCloudBaseChange(manager as NonNullable<typeof manager>, change);
      console.log(`✓ ${describeChange(change).split('\n')[0]}`);
    }
  }
  // Read back what the environment now says: what is left is reported, not assumed done.
  const after = planDeployment({ ...desired, app: undefined }, (await observe(config, { ...desired, app: undefined })).observed);
  console.log(after.changes.length === 0 ? 'verified: the environment now matches the declarations.' : `still different after applying:\n${describePlan(after).join('\n')}`);
  if (after.changes.length > 0) process.exitCode = 1;
};

main().catch((error) => {
  console.error(error instanceof ConfigurationMissing ? error.message : `deploy failed: ${(error as Error).stack ?? error}`);
  process.exitCode = error instanceof ConfigurationMissing ? 2 : 1;
});
