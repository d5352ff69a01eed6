/**
 * `npm run test:conformance`: the local cloud's CloudBase conformance suite (test/local-cloud/db).
 * With `-- --remote` the same tests run against the real environment named by the deployment's
 * credentials (CLOUDBASE_ENV_ID, CLOUDBASE_SECRET_ID, CLOUDBASE_SECRET_KEY, from the environment
 * or .env), in collections under a throw-away prefix that is created first and dropped after.
 * Without credentials the remote run says it was skipped and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import CloudBase from '@cloudbase/manager-node';
import { applyCloudBaseChange } from './deploy/cloudbase-apply';
import { listCollectionNames } from './deploy/cloudbase-observe';
import { CLOUDBASE_CONFIG, loadDeployConfig } from './deploy/config';
import { indexName } from './deploy/plan';
import { COLLECTIONS } from '../test/local-cloud/db/conformance-collections';

const root = path.resolve(__dirname, '..');
const suiteDir = path.join(root, 'test/local-cloud/db');
const jest = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), ...args], { cwd: root, stdio: 'inherit', env }).status ?? 1;

// The conformance tests are those written against the harness; the engine's own (durability, SDK canary) stay local.
const conformanceFiles = () =>
  readdirSync(suiteDir)
    .filter((f) => f.endsWith('.test.ts') && readFileSync(path.join(suiteDir, f), 'utf8').includes("from './harness'"))
    .map((f) => path.join('test/local-cloud/db', f));

const runRemote = async (): Promise<number> => {
  const config = loadDeployConfig(root);
  const missing = CLOUDBASE_CONFIG.map((s) => s.name).filter((n) => !config[n]);
  if (missing.length > 0) {
    console.log(`remote conformance: SKIPPED — no credentials (${missing.join(', ')} not set). Set them in the environment or .env to run the suite against a real CloudBase environment.`);
    return 0;
  }
  const prefix = `conformance_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${Math.random().toString(36).slice(2, 6)}_`;
  const manager = new CloudBase({ envId: config.CLOUDBASE_ENV_ID, secretId: config.CLOUDBASE_SECRET_ID, secretKey: config.CLOUDBASE_SECRET_KEY });
  console.log(`remote conformance against ${config.CLOUDBASE_ENV_ID}, collections ${prefix}* (dropped afterwards)`);
  try {
    for (const { collection, indexes } of COLLECTIONS) {
      await applyCloudBaseChange(manager, { kind: 'collection.create', collection: prefix + collection });
      for (const index of indexes) await applyCloudBaseChange(manager, { kind: 'index.create', collection: prefix + collection, index, indexName: indexName(index) });
    }
    const env = { ...process.env, CONFORMANCE_TARGET: 'remote', CONFORMANCE_PREFIX: prefix, CLOUDBASE_ENV_ID: config.CLOUDBASE_ENV_ID, CLOUDBASE_SECRET_ID: config.CLOUDBASE_SECRET_ID, CLOUDBASE_SECRET_KEY: config.CLOUDBASE_SECRET_KEY };
    // One file at a time: they share the prefixed collections.
    return jest(['--runInBand', '--testTimeout=60000', ...conformanceFiles()], env);
  } finally {
    for (const name of (await listCollectionNames(manager)).filter((n) => n.startsWith(prefix))) await manager.database.deleteCollection(name);
    console.log(`dropped the ${prefix}* collections`);
  }
};

const main = async () => {
  if (!process.argv.includes('--remote')) return jest(['test/local-cloud/db']);
  return runRemote();
};

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(`conformance failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
