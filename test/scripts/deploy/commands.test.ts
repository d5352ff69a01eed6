/**
 * The commands as an operator runs them, in a process where any network access throws: the dry
 * run prints the whole plan; deploy and doctor without credentials refuse plainly.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { COLLECTIONS } from '../../../server/db/collections';
import { FUNCTION_SETTINGS } from '../../../src/core/settings';
import { indexName } from '../../../scripts/deploy/plan';

const root = path.resolve(__dirname, '../../..');
const CONFIG_NAMES = ['CLOUDBASE_ENV_ID', 'CLOUDBASE_SECRET_ID', 'CLOUDBASE_SECRET_KEY', 'MP_APPID', 'MP_UPLOAD_KEY_PATH', ...FUNCTION_SETTINGS.map((s) => s.name)];

const run = (script: string, ...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${path.join(root, 'test/support/no-network.cjs')}` };
  for (const name of CONFIG_NAMES) env[name] = ''; // blank counts as unset, and wins over a developer's .env
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/deploy', script), ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, out: result.stdout, err: result.stderr };
};

describe('npm run deploy -- --dry-run, without credentials or network', () => {
  const { status, out, err } = run('deploy.ts', '--dry-run', '--version', '9.9.9', '--desc', 'test release');

  it('succeeds without touching the network', () => {
    expect(err).not.toMatch(/no-network/);
    expect(status).toBe(0);
    expect(out).toMatch(/^dry run: no network call was made/m);
  });

  it('lists every collection, index, function, trigger and variable', () => {
    for (const [collection, spec] of Object.entries(COLLECTIONS)) {
      expect(out).toContain(`create collection ${collection}\n`);
      expect(out).toContain(`set collection ${collection} rule ADMINONLY`);
      for (const index of spec.indexes) expect(out).toContain(`create index ${collection}.${indexName(index)} (${index.fields.join(', ')})`);
    }
    expect(out).toContain('set storage rule PRIVATE');
    expect(out).toMatch(/create function api: Nodejs16\.13, timeout 20 s, code [0-9a-f]{12}/);
    expect(out).toMatch(/create function cron: Nodejs16\.13, timeout 60 s, code [0-9a-f]{12}/);
    expect(out).toContain('triggers: hourly timer "0 0 * * * * *"; morning timer "0 30 8 * * * *"; repair timer "0 0 2 * * * *"');
    for (const { name, functions } of FUNCTION_SETTINGS) expect(out.match(new RegExp(`${name}=<from configuration>`, 'g'))).toHaveLength(functions.length);
    expect(out).toMatch(/create function login: Nodejs20\.19, timeout 20 s, code [0-9a-f]{12}/);
    expect(out).toContain('upload version 9.9.9: “test release”');
    expect(out).toMatch(/Configuration here: CLOUDBASE_ENV_ID missing, CLOUDBASE_SECRET_ID missing/);
  });
});

it('npm run deploy without credentials refuses, naming what is missing, before any network call', () => {
  const { status, err } = run('deploy.ts');
  expect(err).not.toMatch(/no-network/);
  expect(status).toBe(2);
  expect(err).toMatch(/CloudBase: missing required settings CLOUDBASE_ENV_ID, CLOUDBASE_SECRET_ID, CLOUDBASE_SECRET_KEY/);
  expect(err).toMatch(/mini-program upload: missing required settings MP_APPID, MP_UPLOAD_KEY_PATH/);
  expect(err).toMatch(/missing required settings TPL_DEMAND_STATUS, TPL_TODO, TPL_VISIT_REMINDER, TPL_SERVICE_NOTICE/);
});

it('npm run doctor without credentials says so plainly and exits non-zero', () => {
  const { status, err } = run('doctor.ts');
  expect(err).not.toMatch(/no-network/);
  expect(status).toBe(2);
  expect(err).toMatch(/^doctor: cannot check an environment without credentials\./);
  expect(err).toMatch(/missing required settings CLOUDBASE_ENV_ID, CLOUDBASE_SECRET_ID, CLOUDBASE_SECRET_KEY/);
});
