/** What deploy and doctor share: the built bundles, the configuration and a connection. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLOUDBASE_CONFIG, loadDeployConfig, type DeployConfig } from './config';
import { ROOT } from './desired';
import type { DesiredApp } from './types';

export const buildBundles = async (): Promise<void> => {
  const { buildFunctions } = (await import(path.join(ROOT, 'scripts/build-functions.mjs'))) as { buildFunctions: (o: { quiet: boolean }) => Promise<string[]> };
  await buildFunctions({ quiet: true });
};

export const readConfig = (): DeployConfig => loadDeployConfig(ROOT);

/** `--name value` or `--name=value` from the command line. */
export const option = (args: string[], name: string): string | undefined => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
};

const lastCommit = (): string => {
  try {
    return execFileSync('git', ['log', '-1', '--format=%h %s'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

/** The version to upload: --version, MP_VERSION or package.json's; described by --desc, MP_DESCRIPTION or the last commit. */
export const desiredApp = (args: string[], config: DeployConfig): DesiredApp => {
  const version = option(args, 'version') ?? config.MP_VERSION ?? (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const description = option(args, 'desc') ?? config.MP_DESCRIPTION ?? (lastCommit() || `version ${version}`);
  return { version, description: description.slice(0, 200), mode: args.includes('--preview') ? 'preview' : 'upload' };
};

/** Which configuration items are set, without printing any value (two of them are secrets). */
export const configSummary = (config: DeployConfig, names: string[]): string =>
  names.map((n) => `${n} ${config[n] ? 'set' : 'missing'}`).join(', ');

export const connect = async (config: DeployConfig) => {
  const { default: CloudBase } = await import('@cloudbase/manager-node');
  return new CloudBase({ envId: config.CLOUDBASE_ENV_ID, secretId: config.CLOUDBASE_SECRET_ID, secretKey: config.CLOUDBASE_SECRET_KEY });
};

export const CLOUDBASE_NAMES = CLOUDBASE_CONFIG.map((s) => s.name);
