/** The deployment planner against the real declarations: complete on an empty environment, idempotent, precise on differences. */
import { FUNCTION_SETTINGS, localValues } from '../../../src/core/settings';
import { COLLECTIONS } from '../../../server/db/collections';
import { desiredState } from '../../../scripts/deploy/desired';
import { describeChange } from '../../../scripts/deploy/describe';
import { EMPTY_ENVIRONMENT, indexName, planDeployment } from '../../../scripts/deploy/plan';
import type { Change, DesiredApp, DesiredState } from '../../../scripts/deploy/types';
import { applyToFakeEnvironment, environmentMatching } from './fake-environment';

const VALUES = { ...localValues(FUNCTION_SETTINGS), TPL_TODO: 'mp-todo-id', CUSTOM_LOGIN_KEY: '{"private_key_id":"k"}' };
const APP: DesiredApp = { version: '1.2.3', description: 'release', mode: 'upload' };
const desired: DesiredState = desiredState(VALUES, APP);
const kinds = (changes: Change[]) => changes.map((c) => c.kind);
const clone = <T>(value: T): T => structuredClone(value);

describe('on an empty environment (the dry run)', () => {
  const { changes, notes } = planDeployment(desired, EMPTY_ENVIRONMENT);

  it('creates every declared collection with the admin-only rule', () => {
    const names = Object.keys(COLLECTIONS);
    expect(changes.filter((c) => c.kind === 'collection.create').map((c) => (c as { collection: string }).collection)).toEqual(names);
    expect(changes.filter((c) => c.kind === 'collection.rule')).toEqual(names.map((collection) => ({ kind: 'collection.rule', collection, from: undefined, to: 'ADMINONLY' })));
  });

  it('creates every declared index', () => {
    const declared = Object.entries(COLLECTIONS).flatMap(([collection, spec]) => spec.indexes.map((index) => ({ collection, index, indexName: indexName(index) })));
    expect(declared.length).toBeGreaterThan(40);
    expect(changes.filter((c) => c.kind === 'index.create').map(({ kind: _kind, ...rest }) => rest)).toEqual(declared);
  });

  it('sets the storage rule to private', () => {
    expect(changes).toContainEqual({ kind: 'storage.rule', from: undefined, to: 'PRIVATE' });
  });

  it('says, as the doctor prints it, why a public-read storage rule must go', () => {
    expect(describeChange({ kind: 'storage.rule', from: 'READONLY', to: 'PRIVATE' })).toBe(
      'set storage rule READONLY → PRIVATE (仅创建者及管理员可读写; any other rule lets whoever holds a fileID read attachments, check-in photos and exports)',
    );
  });

  it('creates api, cron and login with the runtimes, timeouts, triggers and variables their declarations give', () => {
    const created = changes.flatMap((c) => (c.kind === 'function.create' ? [c.fn] : []));
    expect(created.map((f) => [f.name, f.runtime, f.timeout, f.triggers])).toEqual([
      ['api', 'Nodejs16.13', 20, []],
      ['cron', 'Nodejs16.13', 60, [{ name: 'hourly', type: 'timer', config: '0 0 * * * * *' }, { name: 'morning', type: 'timer', config: '0 30 8 * * * *' }, { name: 'repair', type: 'timer', config: '0 0 2 * * * *' }]],
      ['login', 'Nodejs20.19', 20, []],
    ]);
    const login = created.pop()!;
    expect(login.variables).toEqual({
      OIDC_ISSUER: 'http://127.0.0.1:8787/local/oidc', OIDC_CLIENT_ID: 'pudong-desk', OIDC_CLIENT_SECRET: 'local-desk-secret', OIDC_REDIRECT_URI: 'http://127.0.0.1:8787/', CUSTOM_LOGIN_KEY: '{"private_key_id":"k"}',
    });
    expect(login.openapi).toEqual([]);
    for (const fn of created) {
      expect(fn.variables).toEqual({ TPL_DEMAND_STATUS: 'tpl-demand-status', TPL_TODO: 'mp-todo-id', TPL_VISIT_REMINDER: 'tpl-visit-reminder', TPL_SERVICE_NOTICE: 'tpl-service-notice' });
      expect(fn.codeHash).toMatch(/^[0-9a-f]{12}$/);
      expect(fn.description).toContain(`[bundle sha256:${fn.codeHash}]`);
      expect(fn.openapi).toEqual(['subscribeMessage.send']);
    }
  });

  it('uploads the app version last, and has nothing to note', () => {
    expect(changes.at(-1)).toEqual({ kind: 'app.upload', app: APP });
    expect(notes).toEqual([]);
  });
});

describe('idempotence', () => {
  it('an environment equal to the declarations: nothing to change', () => {
    expect(planDeployment(desired, environmentMatching(desired))).toEqual({ changes: [], notes: [] });
  });

  it('applying the plan to an empty environment leaves nothing to change', () => {
    const env = clone(EMPTY_ENVIRONMENT);
    for (const change of planDeployment(desired, env).changes) applyToFakeEnvironment(env, change);
    expect(planDeployment(desired, env)).toEqual({ changes: [], notes: [] });
  });

  it('applying the plan to a drifted environment converges too', () => {
    const env = environmentMatching(desired);
    env.collections.users.rule = 'PRIVATE';
    env.collections.demands.indexes.pop();
    env.functions.cron.triggers[1].config = '0 0 9 * * * *';
    env.functions.api.variables.TPL_TODO = 'old';
    env.functions.api.codeHash = 'aaaaaaaaaaaa';
    env.storageRule = 'READONLY';
    const plan = planDeployment(desired, env);
    for (const change of plan.changes) applyToFakeEnvironment(env, change);
    expect(planDeployment(desired, env).changes).toEqual([]);
  });
});

describe('differences', () => {
  const matching = () => environmentMatching(desired);

  it('an index made by hand under another name counts; an undeclared one is noted, never dropped', () => {
    const env = matching();
    env.collections.users.indexes[0].name = 'openid_by_hand';
    env.collections.users.indexes.push({ name: 'phone_1', fields: ['phone'], unique: false });
    expect(planDeployment(desired, env)).toEqual({
      changes: [],
      notes: [{ kind: 'index.undeclared', collection: 'users', index: { name: 'phone_1', fields: ['phone'], unique: false } }],
    });
  });

  it('an index on the same fields but without the declared uniqueness is created as declared', () => {
    const env = matching();
    env.collections.enterprises.indexes.find((i) => i.fields[0] === 'creditCode')!.unique = false;
    const plan = planDeployment(desired, env);
    expect(plan.changes).toEqual([{ kind: 'index.create', collection: 'enterprises', index: { fields: ['creditCode'], unique: true }, indexName: 'creditCode_1_unique' }]);
    expect(plan.notes).toEqual([{ kind: 'index.undeclared', collection: 'enterprises', index: { name: 'creditCode', fields: ['creditCode'], unique: false } }]);
  });

  it('a collection nobody declared is noted; a rule that is not admin-only is corrected', () => {
    const env = matching();
    env.collections.scratch = { indexes: [], rule: 'READONLY' };
    env.collections.policies.rule = 'READONLY';
    expect(planDeployment(desired, env)).toEqual({
      changes: [{ kind: 'collection.rule', collection: 'policies', from: 'READONLY', to: 'ADMINONLY' }],
      notes: [{ kind: 'collection.undeclared', collection: 'scratch' }],
    });
  });

  it('a changed timer is deleted and created again; an undeclared one is deleted', () => {
    const env = matching();
    env.functions.cron.triggers[0].config = '0 */5 * * * * *';
    env.functions.cron.triggers.push({ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' });
    const changes = planDeployment(desired, env).changes;
    expect(changes.map((c) => [c.kind, 'trigger' in c ? c.trigger.name : ''])).toEqual([
      ['trigger.delete', 'hourly'],
      ['trigger.delete', 'nightly'],
      ['trigger.create', 'hourly'],
    ]);
  });

  it('variables: a wrong value, a missing one and an undeclared one in one configuration update', () => {
    const env = matching();
    env.functions.api.variables = { TPL_DEMAND_STATUS: 'tpl-demand-status', TPL_TODO: 'old', LEGACY: 'x' };
    env.functions.api.timeout = 3;
    const [change] = planDeployment(desired, env).changes;
    expect(change).toMatchObject({
      kind: 'function.config',
      changes: ['timeout 3 s → 20 s', 'TPL_TODO: old → mp-todo-id', 'set TPL_VISIT_REMINDER=tpl-visit-reminder', 'set TPL_SERVICE_NOTICE=tpl-service-notice', 'remove undeclared variable LEGACY'],
    });
  });

  it('without the values here (doctor), a variable is checked for presence only', () => {
    const unvalued = desiredState({}, undefined);
    const env = environmentMatching(desired);
    expect(planDeployment(unvalued, env).changes).toEqual([]);
    delete env.functions.cron.variables.TPL_TODO;
    expect(planDeployment(unvalued, env).changes).toMatchObject([{ kind: 'function.config', changes: ['set TPL_TODO (missing; its value is not configured here)'] }]);
  });

  it('new code is uploaded and its hash recorded; another runtime is only noted', () => {
    const env = matching();
    env.functions.cron.codeHash = undefined;
    env.functions.cron.runtime = 'Nodejs10.15';
    const plan = planDeployment(desired, env);
    expect(kinds(plan.changes)).toEqual(['function.code', 'function.config']);
    expect(plan.notes).toEqual([{ kind: 'function.runtime', fn: 'cron', observed: 'Nodejs10.15', declared: 'Nodejs16.13' }]);
  });

  it('the app: the same version is not uploaded again; a preview is always made', () => {
    const env = matching();
    expect(planDeployment({ ...desired, app: { ...APP, version: '1.2.4' } }, env).changes).toEqual([{ kind: 'app.upload', app: { ...APP, version: '1.2.4' } }]);
    expect(planDeployment({ ...desired, app: { ...APP, mode: 'preview' } }, env).changes).toEqual([{ kind: 'app.preview', app: { ...APP, mode: 'preview' } }]);
  });
});
