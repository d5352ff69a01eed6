// `npm run seed -- --scale N [--dir D] [--force]`: a data folder with N times Pudong's data (N=1:
// 3,000 enterprises, ~300 stewards, ~95,000 contacts, ~29,000 demands, ~290,000 audit entries),
// the demo identities kept. Serve it with `DATA_DIR=D npm start`.
import path from 'node:path';
import { readScaleMarker, writeScaleFolder } from '../local-cloud/seed/scale/scale-folder';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const scale = Number(arg('scale'));
if (!Number.isFinite(scale) || scale <= 0 || scale > 100) {
  console.error('usage: npm run seed -- --scale N [--dir D] [--force]   (N > 0, e.g. 0.05, 1 or 10)');
  process.exit(2);
}
const dir = path.resolve(arg('dir') ?? path.join(__dirname, '..', '.data', `scale-${scale}`));
const existing = readScaleMarker(dir);
if (existing && !process.argv.includes('--force')) {
  console.log(`${dir} already holds scale ${existing.scale} (generated ${existing.generatedAt}); --force makes it again`);
  process.exit(0);
}
console.log(`generating scale ${scale} into ${dir} …`);
const marker = writeScaleFolder(scale, dir);
const counts = Object.entries(marker.counts).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n.toLocaleString('en')}`);
console.log(`done in ${marker.seconds.toFixed(1)} s (peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB): ${counts.join(', ')}`);
