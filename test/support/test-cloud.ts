import path from 'node:path';
import { LocalCloud } from '../../local-cloud/runtime/local-cloud';
import { seedIfEmpty } from '../../local-cloud/seed/seed';
import type { Reply } from '../../src/core/reply';

const root = path.resolve(__dirname, '../..');

/** Demo identities the tests rely on (see local-cloud/seed/demo-data.ts). */
export const DEMO = {
  enterprise: 'ent-001', // contact of ent-001, served by steward-01
  otherEnterprise: 'ent-020',
  steward: 'steward-01',
  otherSteward: 'steward-02',
  liaison: 'liaison-01', // helps steward-01
  unitAdmin: 'unit-admin-z01', // steward-01's unit
  otherUnitAdmin: 'unit-admin-t01',
  department: 'dept-01',
  district: 'district-01',
  unbound: 'stranger-openid',
} as const;

/** A fresh local cloud with the demo data, in memory, running the built bundles. */
export const openTestCloud = ({ seed = true, now = new Date(), functionEnv }: { seed?: boolean; now?: Date; functionEnv?: Record<string, string> } = {}) => {
  const cloud = new LocalCloud({ dataDir: ':memory:', functionsDir: path.join(root, 'cloudfunctions'), functionEnv });
  if (seed) seedIfEmpty(cloud, now);
  const call = <T = any>(openid: string | undefined, action: string, input?: unknown) =>
    cloud.invoke('api', { action, input }, { openid }) as Promise<Reply<T>>;
  return {
    cloud,
    call,
    as: (openid: string | undefined) => ({ call: <T = any>(action: string, input?: unknown) => call<T>(openid, action, input) }),
    /**
     * Calls made at the same moment, their database requests interleaved round robin (or by
     * `schedule`) as two CloudBase instances might: both read before either writes.
     */
    concurrently: async <T = any>(calls: Array<[openid: string | undefined, action: string, input?: unknown]>, schedule?: number[]) =>
      (await cloud.interleave(calls.map(([openid, action, input]) => () => call<T>(openid, action, input)), schedule)).results,
    /** Upload as the app does: ask `file.uploadTarget` for a path, put the bytes there, answer the fileID. */
    upload: async (openid: string, purpose: string, name: string, content: Buffer | string): Promise<string> => {
      const target = await call<{ cloudPath: string }>(openid, 'file.uploadTarget', { purpose, name });
      if (!target.ok) throw new Error(`file.uploadTarget refused: ${target.error.code} ${target.error.message}`);
      return (await cloud.sdk.uploadFile({ cloudPath: target.data.cloudPath, fileContent: content })).fileID;
    },
    /** Read a collection directly (assertions only). */
    read: <T = any>(collection: string, filter: object = {}) =>
      cloud.run(async () => (await cloud.database().collection<T>(collection).where(filter).limit(1000).get()).data),
    close: () => cloud.close(),
  };
};

export type TestCloud = ReturnType<typeof openTestCloud>;

/** Unwrap a successful reply or fail the test with the error it carried. */
export const dataOf = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
};
