// `npm start`: build what is missing, then run the local cloud (H5 app + functions + demo data).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFunctions } from './build-functions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await buildFunctions();

if (!existsSync(path.join(root, 'dist/h5/index.html')) || process.argv.includes('--rebuild')) {
  mkdirSync(path.join(root, '.build'), { recursive: true });
  const log = path.join(root, '.build/h5-build.log');
  console.log(`building the H5 app (about a minute; log: ${path.relative(root, log)}) …`);
  const fd = openSync(log, 'w');
  const taro = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: ['ignore', fd, fd] });
  if (taro.status !== 0) {
    console.error(`H5 build failed; see ${log}`);
    process.exit(1);
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'local-cloud/main.ts')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
