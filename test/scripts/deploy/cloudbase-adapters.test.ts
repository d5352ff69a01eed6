/**
 * The CloudBase adapters against a stand-in for manager-node: a deployment applied through them
 * reads back as matching the declarations, and a second run plans nothing and calls nothing.
 */
import { applyCloudBaseChange } from '../../../scripts/deploy/cloudbase-apply';
import { observeCloudBase } from '../../../scripts/deploy/cloudbase-observe';
import { desiredState } from '../../../scripts/deploy/desired';
import { planDeployment } from '../../../scripts/deploy/plan';
import { FUNCTION_SETTINGS, localValues } from '../../../src/core/settings';
import { fakeManager } from './fake-manager';

const desired = desiredState({ ...localValues(FUNCTION_SETTINGS), TPL_TODO: 'mp-todo-id', CUSTOM_LOGIN_KEY: '{"private_key_id":"k"}' });
const names = desired.functions.map((f) => f.name);

const deploy = async (fake: ReturnType<typeof fakeManager>) => {
  const plan = planDeployment(desired, await observeCloudBase(fake.manager, 'env-1', names));
  for (const change of plan.changes) await applyCloudBaseChange(fake.manager, change);
  return plan;
};

it('a deployment reads back as the declarations, and a second one changes nothing', async () => {
  const fake = fakeManager();
  const first = await deploy(fake);
  expect(first.changes.length).toBeGreaterThan(70);
  expect(fake.tables.get('users')!.indexes).toContainEqual({ Name: 'createdAt_-1', Keys: [{ Name: 'createdAt', Direction: '-1' }], Unique: false });
  expect(fake.tables.get('enterprises')!.indexes).toContainEqual({ Name: 'creditCode_1_unique', Keys: [{ Name: 'creditCode', Direction: '1' }], Unique: true });
  expect([...fake.tables.values()].every((t) => t.acl === 'ADMINONLY')).toBe(true);
  expect(fake.functions.get('cron')!.Variables).toEqual([
    { Key: 'TPL_DEMAND_STATUS', Value: 'tpl-demand-status' },
    { Key: 'TPL_TODO', Value: 'mp-todo-id' },
    { Key: 'TPL_VISIT_REMINDER', Value: 'tpl-visit-reminder' },
    { Key: 'TPL_SERVICE_NOTICE', Value: 'tpl-service-notice' },
  ]);

  const callsBefore = fake.calls.length;
  const second = await deploy(fake);
  expect(second).toEqual({ changes: [], notes: [] });
  expect(fake.calls.length).toBe(callsBefore);
});

it('reads back what it reads: timers described as JSON, descending keys, the hash in the description', async () => {
  const fake = fakeManager();
  await deploy(fake);
  const observed = await observeCloudBase(fake.manager, 'env-1', names);
  expect(observed.functions.cron.triggers).toEqual([
    { name: 'hourly', type: 'timer', config: '0 0 * * * * *' },
    { name: 'morning', type: 'timer', config: '0 30 8 * * * *' },
    { name: 'repair', type: 'timer', config: '0 0 2 * * * *' },
  ]);
  expect(observed.collections.demands.indexes[0]).toEqual({ name: 'enterpriseId_1_createdAt_-1', fields: ['enterpriseId', '-createdAt'], unique: false });
  expect(observed.functions.api.codeHash).toBe(desired.functions[0].codeHash);
  expect(observed.storageRule).toBe('PRIVATE');
});

it('a changed timer and new code: only those calls', async () => {
  const fake = fakeManager();
  await deploy(fake);
  fake.functions.get('cron')!.Triggers[1].TriggerDesc = JSON.stringify({ cron: '0 0 9 * * * *' });
  fake.functions.get('api')!.Description = 'old [bundle sha256:000000000000]';
  fake.calls.length = 0;
  await deploy(fake);
  expect(fake.calls).toEqual([
    'updateFunctionCode api',
    'updateFunctionConfig api',
    'deleteFunctionTrigger cron morning',
    'createFunctionTriggers cron morning',
  ]);
});
