/**
 * The api function loads each group of actions on its first call (server/actions/registry.ts), from
 * its own files beside index.js (scripts/build-functions.mjs): the local host runs them as the
 * runtime does, and a group whose file is missing fails its own calls only.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalCloud } from '../../../local-cloud/runtime/local-cloud';
import { seedIfEmpty } from '../../../local-cloud/seed/seed';
import { DEMO } from '../../support/test-cloud';

const functionsDir = path.resolve(__dirname, '../../../cloudfunctions');

describe('action groups in their own files', () => {
  let dir: string;
  let cloud: LocalCloud;
  const call = (openid: string, action: string, input: object = {}) => cloud.invoke('api', { action, input }, { openid }) as Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'functions-'));
    cpSync(functionsDir, dir, { recursive: true });
    // A deployment that lost the selection group's own file.
    const api = path.join(dir, 'api');
    const lost = readdirSync(api).filter((f) => f.startsWith('selection.actions-'));
    expect(lost).toHaveLength(1);
    rmSync(path.join(api, lost[0]));
    cloud = new LocalCloud({ dataDir: ':memory:', functionsDir: dir });
    seedIfEmpty(cloud);
  });
  afterAll(() => {
    cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the built api holds index.js and files of the groups it loads on first use', () => {
    const files = readdirSync(path.join(functionsDir, 'api')).filter((f) => f.endsWith('.js'));
    expect(files).toContain('index.js');
    expect(files.filter((f) => /^(demand|assessment|selection|bulletin)\.actions-\w+\.js$/.test(f))).toHaveLength(4);
  });

  it('answers a call of a group that cannot load as an internal fault, and every other group as before', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await call(DEMO.district, 'selection.get', { year: 2025 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(errors).toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
    expect(await call(DEMO.enterprise, 'session.me')).toMatchObject({ ok: true, data: { user: { role: 'enterprise' } } });
    expect(await call(DEMO.enterprise, 'demand.list', { page: 1, pageSize: 5 })).toMatchObject({ ok: true });
    expect(await call(DEMO.district, 'nothing.here')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });
});
