import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LocalCloud } from './runtime/local-cloud';
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
cloud.startTimers((trigger, result) => console.log(`[timer] ${trigger.functionName}/${trigger.name}`, JSON.stringify(result)));

// The provider's issuer is this server's address, known once it listens.
let identityProvider: ReturnType<typeof startLocalDeskProvider> | undefined;
const server = createLocalServer({
  cloud,
  dataDir,
  webRoot: path.join(root, 'dist/h5'),
  identityProvider: { handle: (req, res) => identityProvider?.handle(req, res) ?? Promise.resolve(false) },
});
void deskPeopleBound.then(() => server.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo;
  if (localIdentityProvider) identityProvider = startLocalDeskProvider(publicUrl());
  console.log(`[local-cloud] serving http://${host}:${actual} (data: ${dataDir})`);
  if (identityProvider) console.log(`[local-cloud] unified identity provider (desk console sign-in) at ${identityProvider.issuer}`);
}));

const shutdown = () => {
  server.close();
  cloud.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
