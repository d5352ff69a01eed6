import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LocalCloud } from './runtime/local-cloud';
import { FunctionPool } from './runtime/function-pool';
import { createLocalServer } from './http/server';
import { seedIfEmpty } from './seed/seed';
import { defaultFunctionEnv } from './runtime/local-cloud';
import { bindDemoDeskPeople, localDeskSettings } from './oidc/demo-people';
import { startLocalDeskProvider } from './oidc/demo-desk';

/** `npm start`: the H5 app and the cloud functions on the embedded backend, with demo data. */
const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));

const publicUrl = () => `http://${host}:${(server.address() as AddressInfo | null)?.port ?? port}`;
// The desk console signs in through the local unified identity provider unless a real one is configured (OIDC_ISSUER).
const localIdentityProvider = !process.env.OIDC_ISSUER;

const cloud = new LocalCloud({
  dataDir,
  functionsDir: path.join(root, 'cloudfunctions'),
  publicUrl,
  functionEnv: () => ({ ...defaultFunctionEnv(), ...(localIdentityProvider ? localDeskSettings(publicUrl()) : {}) }),
});
const seed = seedIfEmpty(cloud);
if (seed.seeded) console.log(`[local-cloud] seeded demo data into ${dataDir}:`, seed.counts);
const deskPeopleBound = localIdentityProvider ? bindDemoDeskPeople(cloud) : Promise.resolve();
// Function instances in worker threads, as CloudBase runs several at once (FUNCTION_INSTANCES,
// default 2; 0 runs every function in this thread). They start once the server's address is known.
const instances = Math.max(0, Math.min(Number(process.env.FUNCTION_INSTANCES ?? 2), 8));
let pool: FunctionPool | undefined;
const functions = { invoke: (...call: Parameters<LocalCloud['invoke']>) => (pool ?? cloud).invoke(...call) };
cloud.startTimers((trigger, result) => console.log(`[timer] ${trigger.functionName}/${trigger.name}`, JSON.stringify(result)), functions);

// The provider's issuer is this server's address, known once it listens.
let identityProvider: ReturnType<typeof startLocalDeskProvider> | undefined;
const server = createLocalServer({
  cloud,
  dataDir,
  webRoot: path.join(root, 'dist/h5'),
  identityProvider: { handle: (req, res) => identityProvider?.handle(req, res) ?? Promise.resolve(false) },
  functions,
});
void deskPeopleBound.then(() => server.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo;
  if (localIdentityProvider) identityProvider = startLocalDeskProvider(publicUrl());
  if (instances) pool = new FunctionPool(cloud, { dataDir, functionsDir: path.join(root, 'cloudfunctions'), publicUrl: publicUrl(), functionEnv: cloud.functionEnv() }, instances);
  console.log(`[local-cloud] serving http://${host}:${actual} (data: ${dataDir})`);
  if (identityProvider) console.log(`[local-cloud] unified identity provider (desk console sign-in) at ${identityProvider.issuer}`);
}));

const shutdown = () => {
  server.close();
  void pool?.close();
  cloud.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
