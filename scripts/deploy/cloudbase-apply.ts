/**
 * Applies planned changes to a CloudBase environment through @cloudbase/manager-node, one call
 * (or one documented sequence) per change, in the order the planner gave them.
 */
import path from 'node:path';
import type CloudBase from '@cloudbase/manager-node';
import type { Change, DesiredFunction } from './types';

const functionSpec = (fn: DesiredFunction) => ({
  name: fn.name,
  description: fn.description,
  runtime: fn.runtime,
  timeout: fn.timeout,
  handler: 'index.main',
  // The bundle's externals (wx-server-sdk; exceljs and qrcode for api) are installed from the function's package.json.
  installDependency: true,
  envVariables: Object.fromEntries(Object.entries(fn.variables).map(([k, v]) => [k, v ?? ''])),
});

export const applyCloudBaseChange = async (manager: CloudBase, change: Change): Promise<void> => {
  switch (change.kind) {
    case 'collection.create':
      await manager.database.createCollection(change.collection);
      return;
    case 'collection.rule':
      await manager.permission.modifyResourcePermission({ resourceType: 'collection', resource: change.collection, permission: change.to });
      return;
    case 'index.create':
      await manager.database.updateCollection(change.collection, {
        CreateIndexes: [
          {
            IndexName: change.indexName,
            MgoKeySchema: {
              MgoIndexKeys: change.index.fields.map((f) => (f.startsWith('-') ? { Name: f.slice(1), Direction: '-1' } : { Name: f, Direction: '1' })),
              MgoIsUnique: Boolean(change.index.unique),
            },
          },
        ],
      });
      return;
    case 'storage.rule':
      await manager.storage.setStorageAcl(change.to);
      return;
    case 'function.create':
      // Creates the function with its code, configuration and triggers, and waits until it is active.
      await manager.functions.createFunction({
        func: { ...functionSpec(change.fn), triggers: change.fn.triggers },
        functionRootPath: path.dirname(change.fn.dir),
        force: false,
      });
      return;
    case 'function.code':
      await manager.functions.updateFunctionCode({ func: { ...functionSpec(change.fn), isWaitInstall: true }, functionRootPath: path.dirname(change.fn.dir) });
      return;
    case 'function.config':
      // Without triggers here: they are planned one by one (a changed timer is deleted, then created).
      await manager.functions.updateFunctionConfig(functionSpec(change.fn));
      return;
    case 'trigger.delete':
      await manager.functions.deleteFunctionTrigger(change.fn, change.trigger.name);
      return;
    case 'trigger.create':
      await manager.functions.createFunctionTriggers(change.fn, [change.trigger]);
      return;
    case 'app.upload':
    case 'app.preview':
      throw new Error(`${change.kind} is applied by the mini-program adapter`);
  }
};
