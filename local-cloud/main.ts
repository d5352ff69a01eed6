import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LocalCloud } from './runtime/local-cloud';
import { createLocalServer } from './http/server';
import { seedIfEmpty } from './seed/seed';

/** `npm start`: the H5 app and the cloud functions on the embedded backend, with demo data. */
const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));

const cloud = new LocalCloud({
  dataDir,
  functionsDir: path.join(root, 'cloudfunctions'),
  publicUrl: () => `http://${host}:${(server.address() as AddressInfo | null)?.port ?? port}`,
});
const seed = seedIfEmpty(cloud);
if (seed.seeded) console.log(`[local-cloud] seeded demo data into ${dataDir}:`, seed.counts);
cloud.startTimers((trigger, result) => console.log(`[timer] ${trigger.functionName}/${trigger.name}`, JSON.stringify(result)));

const server = createLocalServer({ cloud, dataDir, webRoot: path.join(root, 'dist/h5') });
server.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`[local-cloud] serving http://${host}:${actual} (data: ${dataDir})`);
});

const shutdown = () => {
  server.close();
  cloud.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
