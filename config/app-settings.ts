import { dotenvParse } from '@tarojs/helper';
import { require as tsxRequire } from 'tsx/cjs/api';

type Settings = typeof import('../src/core/settings');

/**
 * The declarations. Taro compiles only the files under config/ when it loads the config, and
 * they live in src/core (TypeScript), so the config loads them through tsx.
 */
export const loadSettings = (): Settings => tsxRequire('../src/core/settings.ts', __filename) as Settings;

/**
 * The TARO_APP_* values a build bakes into the app (declared in src/core/settings.ts).
 *
 * A weapp production build takes them from the shell and the .env files Taro reads for the mode
 * (the shell wins, as in Taro), and refuses to build without the required ones: a missing
 * template id would otherwise ship the local demo id, which WeChat refuses. Every other build
 * (H5 on the local server, a development watch) uses the local values for whatever is not set.
 */
export const appSettingsFor = (settings: Settings, root: string, mode: string, target: string | undefined): Record<string, string> => {
  const { APP_SETTINGS, describeMissing, localValues, missingSettings } = settings;
  const fromFiles = dotenvParse(root, ['TARO_APP_'], mode);
  const given: Record<string, string> = {};
  for (const { name } of APP_SETTINGS) {
    const value = fromFiles[name] ?? process.env[name];
    if (value?.trim()) given[name] = value.trim();
  }
  if (target !== 'weapp' || mode !== 'production') return { ...localValues(APP_SETTINGS), ...given };
  const missing = missingSettings(APP_SETTINGS, given);
  if (missing.length > 0) {
    throw new Error(
      `${describeMissing('weapp production build refused', APP_SETTINGS, missing)}\n` +
        'Set them in the shell or in .env.production.local (not committed); `npm run dev:weapp` builds with the local values.',
    );
  }
  return given;
};
