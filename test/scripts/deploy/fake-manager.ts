/**
 * A stand-in for @cloudbase/manager-node's services, keeping one environment in memory in the
 * shapes its typings declare (TableInfo, IndexInfo, IFunctionInfo, …), so the adapters'
 * translation to and from those shapes is exercised without a network.
 */
import type CloudBase from '@cloudbase/manager-node';

interface FakeFunction {
  Runtime: string;
  Timeout: number;
  Description: string;
  Variables: Array<{ Key: string; Value: string }>;
  Triggers: Array<{ TriggerName: string; Type: string; TriggerDesc: string }>;
  codeUploads: number;
}

export const fakeManager = () => {
  const tables = new Map<string, { indexes: Array<{ Name: string; Keys: Array<{ Name: string; Direction: string }>; Unique: boolean }>; acl: string }>();
  const functions = new Map<string, FakeFunction>();
  const calls: string[] = [];
  let storageAcl = 'READONLY';
  const variables = (env: Record<string, unknown> = {}) => Object.entries(env).map(([Key, Value]) => ({ Key, Value: String(Value) }));
  // SCF describes a timer back as JSON, though it takes the bare cron.
  const triggers = (list: Array<{ name: string; type: string; config: string }> = []) =>
    list.map((t) => ({ TriggerName: t.name, Type: t.type, TriggerDesc: JSON.stringify({ cron: t.config }) }));

  const manager = {
    database: {
      listCollections: async ({ MgoLimit = 100, MgoOffset = 0 } = {}) => {
        const names = [...tables.keys()];
        return { Collections: names.slice(MgoOffset, MgoOffset + MgoLimit).map((n) => ({ CollectionName: n, TableName: n })), Pager: { Offset: MgoOffset, Limit: MgoLimit, Total: names.length } };
      },
      describeCollection: async (name: string) => ({ Indexes: [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }, ...tables.get(name)!.indexes] }),
      createCollection: async (name: string) => {
        calls.push(`createCollection ${name}`);
        tables.set(name, { indexes: [], acl: 'PRIVATE' });
      },
      updateCollection: async (name: string, { CreateIndexes = [] }: { CreateIndexes?: Array<{ IndexName: string; MgoKeySchema: { MgoIndexKeys: Array<{ Name: string; Direction: string }>; MgoIsUnique: boolean } }> }) => {
        calls.push(`updateCollection ${name}`);
        for (const ix of CreateIndexes) tables.get(name)!.indexes.push({ Name: ix.IndexName, Keys: ix.MgoKeySchema.MgoIndexKeys, Unique: ix.MgoKeySchema.MgoIsUnique });
      },
    },
    permission: {
      describeResourcePermission: async ({ resources = [] }: { resources?: string[] }) => ({
        Data: { TotalCount: resources.length, PermissionList: resources.map((r) => ({ ResourceType: 'collection', Resource: r, Permission: tables.get(r)?.acl })) },
      }),
      modifyResourcePermission: async ({ resource, permission }: { resource: string; permission: string }) => {
        calls.push(`modifyResourcePermission ${resource} ${permission}`);
        tables.get(resource)!.acl = permission;
      },
    },
    storage: {
      getStorageAcl: async () => storageAcl,
      setStorageAcl: async (acl: string) => {
        calls.push(`setStorageAcl ${acl}`);
        storageAcl = acl;
      },
    },
    functions: {
      listAllFunctions: async () => [...functions.keys()].map((FunctionName) => ({ FunctionName })),
      getFunctionDetail: async (name: string) => {
        const f = functions.get(name)!;
        return { Runtime: f.Runtime, Timeout: f.Timeout, Description: f.Description, Environment: { Variables: f.Variables }, Triggers: f.Triggers };
      },
      createFunction: async ({ func }: { func: { name: string; runtime: string; timeout: number; description: string; envVariables: Record<string, string>; triggers: Array<{ name: string; type: string; config: string }> } }) => {
        calls.push(`createFunction ${func.name}`);
        functions.set(func.name, { Runtime: func.runtime, Timeout: func.timeout, Description: func.description, Variables: variables(func.envVariables), Triggers: triggers(func.triggers), codeUploads: 1 });
      },
      updateFunctionCode: async ({ func }: { func: { name: string } }) => {
        calls.push(`updateFunctionCode ${func.name}`);
        functions.get(func.name)!.codeUploads++;
      },
      updateFunctionConfig: async (func: { name: string; timeout: number; description: string; envVariables: Record<string, string> }) => {
        calls.push(`updateFunctionConfig ${func.name}`);
        Object.assign(functions.get(func.name)!, { Timeout: func.timeout, Description: func.description, Variables: variables(func.envVariables) });
      },
      createFunctionTriggers: async (name: string, list: Array<{ name: string; type: string; config: string }>) => {
        calls.push(`createFunctionTriggers ${name} ${list.map((t) => t.name)}`);
        functions.get(name)!.Triggers.push(...triggers(list));
      },
      deleteFunctionTrigger: async (name: string, triggerName: string) => {
        calls.push(`deleteFunctionTrigger ${name} ${triggerName}`);
        const f = functions.get(name)!;
        f.Triggers = f.Triggers.filter((t) => t.TriggerName !== triggerName);
      },
    },
  };
  return { manager: manager as unknown as CloudBase, calls, tables, functions };
};
