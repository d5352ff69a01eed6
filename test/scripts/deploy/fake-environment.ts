/**
 * An in-memory CloudBase environment for the planner tests: the observed state the adapters
 * would read, changed the way each CloudBase call changes it.
 */
import type { Change, DesiredState, ObservedState } from '../../../scripts/deploy/types';

/** What an environment deployed exactly as declared reads back as. */
export const environmentMatching = (desired: DesiredState): ObservedState => ({
  collections: Object.fromEntries(
    desired.collections.map((c) => [c.name, { rule: desired.collectionRule, indexes: c.indexes.map((i) => ({ name: i.fields.join('_'), fields: [...i.fields], unique: Boolean(i.unique) })) }]),
  ),
  storageRule: desired.storageRule,
  functions: Object.fromEntries(
    desired.functions.map((f) => [
      f.name,
      { runtime: f.runtime, timeout: f.timeout, triggers: f.triggers.map((t) => ({ ...t })), codeHash: f.codeHash, variables: { ...f.variables } as Record<string, string> },
    ]),
  ),
  appVersion: desired.app?.version,
});

export const applyToFakeEnvironment = (env: ObservedState, change: Change): void => {
  switch (change.kind) {
    case 'collection.create':
      env.collections[change.collection] = { indexes: [], rule: 'PRIVATE' }; // CloudBase's default for a new collection
      return;
    case 'collection.rule':
      env.collections[change.collection].rule = change.to;
      return;
    case 'index.create':
      env.collections[change.collection].indexes.push({ name: change.indexName, fields: [...change.index.fields], unique: Boolean(change.index.unique) });
      return;
    case 'storage.rule':
      env.storageRule = change.to;
      return;
    case 'function.create':
      env.functions[change.fn.name] = {
        runtime: change.fn.runtime,
        timeout: change.fn.timeout,
        triggers: change.fn.triggers.map((t) => ({ ...t })),
        codeHash: change.fn.codeHash,
        variables: { ...change.fn.variables } as Record<string, string>,
      };
      return;
    case 'function.code':
      return; // the hash is recorded by the configuration update that the planner pairs with it
    case 'function.config': {
      const fn = env.functions[change.fn.name];
      Object.assign(fn, { timeout: change.fn.timeout, codeHash: change.fn.codeHash, variables: { ...change.fn.variables } });
      return;
    }
    case 'trigger.delete': {
      const fn = env.functions[change.fn];
      fn.triggers = fn.triggers.filter((t) => t.name !== change.trigger.name);
      return;
    }
    case 'trigger.create':
      env.functions[change.fn].triggers.push({ ...change.trigger });
      return;
    case 'app.upload':
      env.appVersion = change.app.version;
      return;
    case 'app.preview':
      return;
  }
};
