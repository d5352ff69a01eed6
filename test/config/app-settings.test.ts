/** The app's build settings: a weapp production build refuses without them; other builds use the local values. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appSettingsFor } from '../../config/app-settings';
import * as settings from '../../src/core/settings';

const { APP_SETTINGS } = settings;

const REAL = {
  TARO_APP_APPID: 'wx0123456789abcdef',
  TARO_APP_CLOUD_ENV: 'prod-1a2b3c',
  TARO_APP_TPL_DEMAND_STATUS: 'mp-demand-status',
  TARO_APP_TPL_TODO: 'mp-todo',
  TARO_APP_TPL_VISIT_REMINDER: 'mp-visit-reminder',
  TARO_APP_TPL_SERVICE_NOTICE: 'mp-service-notice',
};

let root: string;
const saved = Object.fromEntries(APP_SETTINGS.map((s) => [s.name, process.env[s.name]]));
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'app-settings-'));
  for (const s of APP_SETTINGS) delete process.env[s.name];
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name]; else process.env[name] = value;
});

it('a weapp production build with nothing set refuses, naming every missing setting', () => {
  expect(() => appSettingsFor(settings, root, 'production', 'weapp')).toThrow(
    /weapp production build refused: missing required settings TARO_APP_APPID, TARO_APP_CLOUD_ENV, TARO_APP_TPL_DEMAND_STATUS, TARO_APP_TPL_TODO, TARO_APP_TPL_VISIT_REMINDER, TARO_APP_TPL_SERVICE_NOTICE\n/,
  );
});

it('names only what is missing, from the shell and the mode’s .env file together', () => {
  writeFileSync(path.join(root, '.env.production.local'), 'TARO_APP_APPID=wx0123456789abcdef\nTARO_APP_CLOUD_ENV=prod-1a2b3c\nTARO_APP_TPL_TODO=mp-todo\n');
  process.env.TARO_APP_TPL_DEMAND_STATUS = 'mp-demand-status';
  process.env.TARO_APP_TPL_SERVICE_NOTICE = 'mp-service-notice';
  expect(() => appSettingsFor(settings, root, 'production', 'weapp')).toThrow(/missing required setting TARO_APP_TPL_VISIT_REMINDER\n/);
});

it('a weapp production build with everything set bakes in exactly those values, the shell over the files as in Taro', () => {
  Object.assign(process.env, REAL);
  writeFileSync(path.join(root, '.env.production.local'), 'TARO_APP_TPL_TODO=from-file\n');
  expect(appSettingsFor(settings, root, 'production', 'weapp')).toEqual(REAL);
});

it.each([
  ['an H5 build', 'production', 'h5'],
  ['a development weapp build', 'development', 'weapp'],
])('%s uses the local values for what is not set', (_label, mode, target) => {
  process.env.TARO_APP_TPL_TODO = 'mp-todo';
  expect(appSettingsFor(settings, root, mode, target)).toEqual({
    TARO_APP_APPID: 'touristappid',
    TARO_APP_CLOUD_ENV: 'local',
    TARO_APP_TPL_DEMAND_STATUS: 'tpl-demand-status',
    TARO_APP_TPL_TODO: 'mp-todo',
    TARO_APP_TPL_VISIT_REMINDER: 'tpl-visit-reminder',
    TARO_APP_TPL_SERVICE_NOTICE: 'tpl-service-notice',
  });
});
