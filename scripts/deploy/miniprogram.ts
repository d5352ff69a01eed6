/**
 * The mini-program side through miniprogram-ci: build dist/weapp for production with the
 * deployment's ids, then upload it as a version or make a preview QR code. Loaded only by a real
 * run (requiring miniprogram-ci sets up its services).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATE_KEYS } from '../../src/core/notify/templates';
import { appTemplateSettingName, templateSettingName } from '../../src/core/settings';
import type { DeployConfig } from './config';
import { ROOT } from './desired';
import type { DesiredApp } from './types';

const WEAPP_DIR = path.join(ROOT, 'dist/weapp');
export const PREVIEW_QR = path.join(ROOT, '.build/preview-qrcode.png');

/** The app's TARO_APP_* settings from the deployment's configuration: one place for each id. */
export const appBuildEnv = (config: DeployConfig): Record<string, string> => ({
  TARO_APP_APPID: config.MP_APPID ?? '',
  TARO_APP_CLOUD_ENV: config.CLOUDBASE_ENV_ID ?? '',
  ...Object.fromEntries(TEMPLATE_KEYS.map((key) => [appTemplateSettingName(key), config[templateSettingName(key)] ?? ''])),
});

const buildWeapp = (config: DeployConfig) => {
  mkdirSync(path.join(ROOT, '.build'), { recursive: true });
  console.log('building dist/weapp for production …');
  const result = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...appBuildEnv(config) } });
  if (result.status !== 0) throw new Error('the weapp build failed (see above)');
};

const openProject = async (config: DeployConfig) => {
  const ci = await import('miniprogram-ci');
  const project = new ci.Project({
    appid: config.MP_APPID as string,
    type: 'miniProgram',
    projectPath: WEAPP_DIR,
    privateKeyPath: path.resolve(ROOT, config.MP_UPLOAD_KEY_PATH as string),
    ignores: ['node_modules/**/*'],
  });
  return { ci, project };
};

const robot = (config: DeployConfig) => Number(config.MP_ROBOT ?? 1);

/** The newest version uploaded by CI (undefined if WeChat does not say). */
export const latestAppVersion = async (config: DeployConfig): Promise<string | undefined> => {
  const { ci, project } = await openProject(config);
  try {
    return (await ci.getLatestVersion({ project })).latestVersion || undefined;
  } catch (error) {
    console.warn(`could not read the latest uploaded version (${(error as Error).message}); planning an upload`);
    return undefined;
  }
};

export const publishApp = async (config: DeployConfig, app: DesiredApp): Promise<string> => {
  buildWeapp(config);
  const { ci, project } = await openProject(config);
  const setting = { es6: true, minify: true };
  if (app.mode === 'preview') {
    await ci.preview({ project, version: app.version, desc: app.description, setting, robot: robot(config), qrcodeFormat: 'image', qrcodeOutputDest: PREVIEW_QR });
    return `preview QR code written to ${path.relative(ROOT, PREVIEW_QR)}`;
  }
  await ci.upload({ project, version: app.version, desc: app.description, setting, robot: robot(config) });
  return `uploaded version ${app.version}; submit it for review in the MP console (版本管理)`;
};
