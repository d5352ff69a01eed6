/** The deployment's configuration: environment over .env, blank as unset, one message for everything missing. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLOUDBASE_CONFIG, ConfigurationMissing, MINIPROGRAM_CONFIG, loadDeployConfig, requireConfig } from '../../../scripts/deploy/config';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'deploy-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('reads .env, lets the environment win, and treats blank values as unset', () => {
  writeFileSync(path.join(root, '.env'), 'CLOUDBASE_ENV_ID=prod-1a2b\nCLOUDBASE_SECRET_ID=from-file\nTPL_TODO=mp-todo\nMP_APPID=  \nUNRELATED=x\n');
  const config = loadDeployConfig(root, { CLOUDBASE_SECRET_ID: 'from-env', TPL_TODO: '' });
  expect(config).toMatchObject({ CLOUDBASE_ENV_ID: 'prod-1a2b', CLOUDBASE_SECRET_ID: 'from-env', TPL_TODO: undefined, MP_APPID: undefined });
  expect(config).not.toHaveProperty('UNRELATED');
});

it('works without a .env file', () => {
  expect(loadDeployConfig(root, { CLOUDBASE_ENV_ID: 'e' }).CLOUDBASE_ENV_ID).toBe('e');
});

it('names every missing item of every group in one error', () => {
  const config = loadDeployConfig(root, { CLOUDBASE_ENV_ID: 'e', MP_APPID: 'wx1' });
  expect(() => requireConfig(config, [['CloudBase', CLOUDBASE_CONFIG], ['upload', MINIPROGRAM_CONFIG]])).toThrow(ConfigurationMissing);
  expect(() => requireConfig(config, [['CloudBase', CLOUDBASE_CONFIG], ['upload', MINIPROGRAM_CONFIG]])).toThrow(
    /CloudBase: missing required settings CLOUDBASE_SECRET_ID, CLOUDBASE_SECRET_KEY\n[\s\S]*upload: missing required setting MP_UPLOAD_KEY_PATH\n/,
  );
  expect(() => requireConfig({ ...config, CLOUDBASE_SECRET_ID: 'i', CLOUDBASE_SECRET_KEY: 'k' }, [['CloudBase', CLOUDBASE_CONFIG]])).not.toThrow();
});
