/**
 * Canary: the bridge replaces one private method of wx-server-sdk's dependency tree. If the SDK is
 * upgraded (or its tree changes), this fails loudly instead of the bridge silently breaking.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- modules are looked up inside wx-server-sdk's own tree. */
import * as path from 'node:path';
import { installSdkBridge, locateSdk, openLocalDatabase } from '../../../local-cloud/db';

test('wx-server-sdk is the pinned 4.0.2 with @cloudbase/node-sdk 3.17.2 and @cloudbase/database 1.4.3', () => {
  const sdk = locateSdk();
  expect(sdk.version).toBe('4.0.2');
  expect(sdk.nodeSdkVersion).toBe('3.17.2');
  const nodeSdkDir = path.dirname(path.dirname(path.dirname(sdk.requesterPath)));
  const dbPkg = require.resolve('@cloudbase/database/package.json', { paths: [nodeSdkDir] });
  expect(require(dbPkg).version).toBe('1.4.3');
});

test('TcbDBApiHttpRequester.prototype.send exists and is what the SDK database uses', () => {
  const sdk = locateSdk();
  expect(typeof sdk.Requester.prototype.send).toBe('function');
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  cloud.database();
  const nodeSdkDir = path.dirname(path.dirname(path.dirname(sdk.requesterPath)));
  const { Db } = require(require.resolve('@cloudbase/database', { paths: [nodeSdkDir] }));
  expect(Db.reqClass).toBe(sdk.Requester);
});

test('after installSdkBridge, SDK requests reach the local database', async () => {
  const local = openLocalDatabase({ dir: ':memory:', collections: [{ collection: 'c', indexes: [] }] });
  installSdkBridge(() => local);
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  await cloud.database().collection('c').add({ data: { a: 1 } });
  expect(local.roundTrips()).toBe(1);
  expect(local.count('c')).toBe(1);
  local.close();
});
