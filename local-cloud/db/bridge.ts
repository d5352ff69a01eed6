/**
 * Routes wx-server-sdk's database traffic to a LocalDatabase by replacing the one method every
 * database request passes through: TcbDBApiHttpRequester.prototype.send of @cloudbase/node-sdk
 * (wx-server-sdk 4.0.2 → @cloudbase/node-sdk 3.17.2, whose newDb sets Db.reqClass to that class).
 * Everything above it — query builder, EJSON serialisation, reply parsing, errCode mapping — stays
 * the real SDK code, so cloud functions behave locally as they will on CloudBase.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- paths are resolved at run time inside
   wx-server-sdk's tree, and must load through the caller's module registry (see locateSdk). */
import * as path from 'node:path';
import type { LocalDatabase } from './types';

export interface SdkLocation {
  /** wx-server-sdk's version (the bridge is written against 4.0.2). */
  version: string;
  /** @cloudbase/node-sdk's version as resolved from wx-server-sdk (3.17.2 with 4.0.2). */
  nodeSdkVersion: string;
  requesterPath: string;
  /** The class whose prototype.send gets replaced. */
  Requester: { prototype: { send: (...args: unknown[]) => Promise<unknown> } };
  /** node-sdk's own handling of `{ code }` replies (throws a TcbError unless throwOnCode is off). */
  processReturn: (reply: unknown) => unknown;
}

const STATE = Symbol.for('local-cloud.db.sdk-bridge');

interface BridgeState {
  resolve: () => LocalDatabase;
  order?: RequestOrder;
}

/** Decides when a request reaches the database (the local cloud's interleavings); sends it at once when absent. */
export type RequestOrder = <R>(send: () => Promise<R>) => Promise<R>;

/**
 * Find the requester class in wx-server-sdk's own dependency tree. Plain require() on purpose: under
 * jest it goes through the same module registry as the test's require('wx-server-sdk'), so the
 * prototype patched here is the one the SDK instance in use actually calls.
 */
export function locateSdk(): SdkLocation {
  const sdkPkgPath = require.resolve('wx-server-sdk/package.json');
  const sdkDir = path.dirname(sdkPkgPath);
  const nodeSdkPkgPath = require.resolve('@cloudbase/node-sdk/package.json', { paths: [sdkDir] });
  const nodeSdkDir = path.dirname(nodeSdkPkgPath);
  const requesterPath = path.join(nodeSdkDir, 'dist/utils/tcbdbapirequester.js');
  const utilsPath = path.join(nodeSdkDir, 'dist/utils/utils.js');
  const Requester = require(requesterPath).TcbDBApiHttpRequester;
  const processReturn = require(utilsPath).processReturn;
  if (typeof Requester?.prototype?.send !== 'function' || typeof processReturn !== 'function') {
    throw new Error(
      `local-cloud/db: TcbDBApiHttpRequester.prototype.send not found in ${requesterPath}; ` +
        'wx-server-sdk changed shape — the local database bridge must be updated before upgrading it',
    );
  }
  return {
    version: require(sdkPkgPath).version,
    nodeSdkVersion: require(nodeSdkPkgPath).version,
    requesterPath,
    Requester,
    processReturn,
  };
}

/**
 * Route wx-server-sdk's database requests to `resolve()`'s database (idempotent; a later call
 * swaps the resolver and the order).
 */
export function installSdkBridge(resolve: () => LocalDatabase, order?: RequestOrder): void {
  const { Requester, processReturn } = locateSdk();
  const proto = Requester.prototype as typeof Requester.prototype & { [STATE]?: BridgeState };
  const existing = proto[STATE];
  if (existing) {
    Object.assign(existing, { resolve, order });
    return;
  }
  const state: BridgeState = { resolve, order };
  proto[STATE] = state;
  proto.send = async function send(api: unknown, data: unknown) {
    const handle = () => state.resolve().handle(String(api), (data ?? {}) as Record<string, unknown>);
    const reply = (await (state.order ? state.order(handle) : handle())) as {
      code?: string;
    };
    // Same as node-sdk's request(): a reply with `code` is an error and is thrown as a TcbError.
    return reply && reply.code ? processReturn(reply) : reply;
  };
}
