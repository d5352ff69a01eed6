/**
 * Reads one CloudBase environment's state through @cloudbase/manager-node: collections with
 * their indexes and rules, the storage rule, and the declared functions' configuration.
 */
import type CloudBase from '@cloudbase/manager-node';
import { hashInDescription } from './desired';
import type { ObservedFunction, ObservedIndex, ObservedState } from './types';

const PAGE = 100;

export const listCollectionNames = async (manager: CloudBase): Promise<string[]> => {
  const names: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { Collections = [], Pager } = await manager.database.listCollections({ MgoLimit: PAGE, MgoOffset: offset });
    names.push(...Collections.map((c) => c.CollectionName));
    if (Collections.length < PAGE || names.length >= (Pager?.Total ?? 0)) return names;
  }
};

const indexesOf = async (manager: CloudBase, collection: string): Promise<ObservedIndex[]> => {
  const { Indexes = [] } = await manager.database.describeCollection(collection);
  return Indexes.filter((ix) => ix.Name !== '_id_').map((ix) => ({
    name: ix.Name,
    fields: ix.Keys.map((k) => (k.Direction === '-1' ? `-${k.Name}` : `${k.Name}`)),
    unique: Boolean(ix.Unique),
  }));
};

// One call per hundred collections (the API's limit).
const rulesOf = async (manager: CloudBase, collections: string[]): Promise<Map<string, string>> => {
  const rules = new Map<string, string>();
  for (let i = 0; i < collections.length; i += PAGE) {
    const { Data } = await manager.permission.describeResourcePermission({ resourceType: 'collection', resources: collections.slice(i, i + PAGE) });
    for (const p of Data?.PermissionList ?? []) if (p.Resource && p.Permission) rules.set(p.Resource, p.Permission);
  }
  return rules;
};

// The API takes a timer's cron as is, but may describe it back as JSON ({"cron": "…"}).
const cronOf = (desc: string): string => {
  try {
    const parsed = JSON.parse(desc) as { cron?: unknown };
    return typeof parsed?.cron === 'string' ? parsed.cron : desc;
  } catch {
    return desc;
  }
};

const functionOf = async (manager: CloudBase, name: string): Promise<ObservedFunction> => {
  const detail = await manager.functions.getFunctionDetail(name);
  return {
    runtime: detail.Runtime,
    timeout: detail.Timeout,
    triggers: (detail.Triggers ?? []).map((t) => ({ name: t.TriggerName, type: t.Type, config: t.Type === 'timer' ? cronOf(t.TriggerDesc) : t.TriggerDesc })),
    variables: Object.fromEntries((detail.Environment?.Variables ?? []).map((v) => [v.Key, v.Value])),
    codeHash: hashInDescription(detail.Description),
  };
};

export const observeCloudBase = async (manager: CloudBase, envId: string, functionNames: string[]): Promise<ObservedState> => {
  const names = await listCollectionNames(manager);
  const rules = await rulesOf(manager, names);
  const collections: ObservedState['collections'] = {};
  for (const name of names) collections[name] = { indexes: await indexesOf(manager, name), rule: rules.get(name) };
  const deployed = new Set((await manager.functions.listAllFunctions({ envId })).map((f) => f.FunctionName));
  const functions: ObservedState['functions'] = {};
  for (const name of functionNames) if (deployed.has(name)) functions[name] = await functionOf(manager, name);
  return { collections, storageRule: await manager.storage.getStorageAcl(), functions };
};
