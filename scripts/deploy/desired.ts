/**
 * What the code declares, read from where it is declared: collections and indexes from
 * server/db/collections.ts, functions from cloudfunctions/<name>/{config,package}.json and their
 * built bundle, variables from src/core/settings.ts, values from the deployment configuration.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionIndexes } from '../../server/db/collections';
import { FUNCTION_NAMES, functionSettings, type FunctionName } from '../../src/core/settings';
import type { AccessRule, DesiredApp, DesiredFunction, DesiredState, Trigger } from './types';

export const ROOT = path.resolve(__dirname, '../..');
export const FUNCTIONS_DIR = path.join(ROOT, 'cloudfunctions');

/** Every collection is read and written only by the cloud functions (仅管理端可读写). */
export const COLLECTION_RULE: AccessRule = 'ADMINONLY';
/** Files: the uploader and the functions (admin) only; others get temporary URLs from a function. */
export const STORAGE_RULE: AccessRule = 'PRIVATE';
/** The runtime of a function whose config.json names none (scripts/build-functions.mjs targets the same). */
export const RUNTIME = 'Nodejs16.13';

interface FunctionConfigFile {
  /** CloudBase's runtime name, e.g. Nodejs20.19 (login needs fetch and WebCrypto). */
  runtime?: string;
  permissions?: { openapi?: string[] };
  timeout?: number;
  triggers?: Trigger[];
}

const HASH_MARK = /\[bundle sha256:([0-9a-f]{12})\]/;
/** Recorded in the function's description so a later run can tell whether the code changed. */
export const describeWithHash = (text: string, hash: string) => `${text.replace(HASH_MARK, '').trim()} [bundle sha256:${hash}]`;
export const hashInDescription = (description: string | undefined) => description?.match(HASH_MARK)?.[1];

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The functions to deploy: every cloudfunctions/<name> with a package.json. */
export const declaredFunctionNames = (functionsDir = FUNCTIONS_DIR): string[] =>
  readdirSync(functionsDir).filter((name) => existsSync(path.join(functionsDir, name, 'package.json'))).sort();

export const desiredFunction = (name: string, values: Record<string, string | undefined>, functionsDir = FUNCTIONS_DIR): DesiredFunction => {
  if (!(FUNCTION_NAMES as readonly string[]).includes(name)) throw new Error(`cloudfunctions/${name} is not in FUNCTION_NAMES (src/core/settings.ts)`);
  const dir = path.join(functionsDir, name);
  const bundle = path.join(dir, 'index.js');
  if (!existsSync(bundle)) throw new Error(`${path.relative(ROOT, bundle)} is missing: run npm run build:functions`);
  const config = readJson<FunctionConfigFile>(path.join(dir, 'config.json'));
  const pkg = readJson<{ description?: string }>(path.join(dir, 'package.json'));
  // index.js and the files it loads on first use (scripts/build-functions.mjs), in a fixed order.
  const code = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  const codeHash = code.reduce((hash, f) => hash.update(f).update(readFileSync(path.join(dir, f))), createHash('sha256')).update(readFileSync(path.join(dir, 'package.json'))).digest('hex').slice(0, 12);
  return {
    name,
    dir,
    runtime: config.runtime ?? RUNTIME,
    timeout: config.timeout ?? 3,
    triggers: (config.triggers ?? []).map(({ name: triggerName, type, config: spec }) => ({ name: triggerName, type, config: spec })),
    openapi: config.permissions?.openapi ?? [],
    variables: Object.fromEntries(functionSettings(name as FunctionName).map((s) => [s.name, values[s.name]])),
    codeHash,
    description: describeWithHash(pkg.description ?? name, codeHash),
  };
};

export const desiredState = (values: Record<string, string | undefined>, app?: DesiredApp, functionsDir = FUNCTIONS_DIR): DesiredState => ({
  collections: collectionIndexes().map(({ collection, indexes }) => ({ name: collection, indexes })),
  collectionRule: COLLECTION_RULE,
  storageRule: STORAGE_RULE,
  functions: declaredFunctionNames(functionsDir).map((name) => desiredFunction(name, values, functionsDir)),
  app,
});
