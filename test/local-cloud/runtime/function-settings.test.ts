/** The cloud functions refuse to start without their declared settings; the local cloud supplies the local ones. */
import path from 'node:path';
import { loadCloudFunction } from '../../../local-cloud/runtime/function-host';
import { LocalCloud } from '../../../local-cloud/runtime/local-cloud';
import { seedIfEmpty } from '../../../local-cloud/seed/seed';
import { FUNCTION_NAMES, FUNCTION_SETTINGS, functionSettings, localValues } from '../../../src/core/settings';
import { DEMO } from '../../support/test-cloud';

const functionsDir = path.resolve(__dirname, '../../../cloudfunctions');
const bundle = (name: string) => path.join(functionsDir, name, 'index.js');
const sdk = { init: () => undefined, DYNAMIC_CURRENT_ENV: Symbol('env'), database: () => ({}), openapi: {} };
/** What the local cloud adds to the local values: the environment's custom-login key. */
const localKey = { CUSTOM_LOGIN_KEY: JSON.stringify({ private_key_id: 'k', private_key: 'pem', env_id: 'local' }) };

describe.each(FUNCTION_NAMES)('cloud function %s', (name) => {
  const declared = functionSettings(name).map((s) => s.name);
  const local = () => ({ ...localValues(functionSettings(name)), ...(declared.includes('CUSTOM_LOGIN_KEY') ? localKey : {}) }) as Record<string, string>;

  it('refuses to load with no settings, naming every missing variable', () => {
    expect(declared.length).toBeGreaterThan(0);
    expect(() => loadCloudFunction(bundle(name), sdk, {})).toThrow(new RegExp(`cloud function ${name} refuses to start: missing required settings ${declared.join(', ')}\n`));
  });

  it('names only what is missing, and takes blank as missing', () => {
    const [first, blank, missing] = declared;
    const env = { ...local(), [blank]: '  ' };
    delete env[missing];
    let message = '';
    try {
      loadCloudFunction(bundle(name), sdk, env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`missing required settings ${[blank, missing].join(', ')}\n`));
    expect(message).not.toMatch(new RegExp(`settings.*${first}`));
  });

  it('loads with its settings', () => {
    expect(typeof loadCloudFunction(bundle(name), sdk, local()).main).toBe('function');
  });
});

describe('the local cloud', () => {
  const statusOf = async (cloud: LocalCloud) => {
    seedIfEmpty(cloud);
    const reply = (await cloud.invoke('api', { action: 'subscription.status', input: {} }, { openid: DEMO.steward })) as {
      data: Array<{ key: string; templateId: string }>;
    };
    return Object.fromEntries(reply.data.map((c) => [c.key, c.templateId]));
  };

  it('gives the functions it hosts the local values of their settings', async () => {
    const cloud = new LocalCloud({ dataDir: ':memory:', functionsDir });
    try {
      expect(await statusOf(cloud)).toEqual({ demandStatus: 'tpl-demand-status', todo: 'tpl-todo', visitReminder: 'tpl-visit-reminder', serviceNotice: 'tpl-service-notice' });
    } finally {
      cloud.close();
    }
  });

  it('gives them the variables it is told to, as CloudBase sets them per function', async () => {
    const functionEnv = { ...localValues(FUNCTION_SETTINGS), TPL_TODO: 'mp-console-todo' };
    const cloud = new LocalCloud({ dataDir: ':memory:', functionsDir, functionEnv });
    try {
      expect((await statusOf(cloud)).todo).toBe('mp-console-todo');
    } finally {
      cloud.close();
    }
  });
});
