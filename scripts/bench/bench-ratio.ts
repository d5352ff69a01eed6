// The ratio between two scales, measured in one process with the two data sets called in turn:
// `node --import tsx scripts/bench/bench-ratio.ts <data dir A> <data dir B> <result.json>`. The
// folders are the ones the per-scale runs prepared (bulletin published, assessment computed).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalCloud } from '../../local-cloud/runtime/local-cloud';
import { BENCH_CASES, NO_RATIO_KINDS } from './cases';
import { lookupsOf, measurePair, type PairResult } from './measure';

const [dirA, dirB, out] = process.argv.slice(2);
const root = path.resolve(__dirname, '../..');

const main = async () => {
  const clouds = [dirA, dirB].map((dataDir) => new LocalCloud({ dataDir, functionsDir: path.join(root, 'cloudfunctions') })) as [LocalCloud, LocalCloud];
  const lookups = [await lookupsOf(clouds[0]), await lookupsOf(clouds[1])] as const;
  const pairs: PairResult[] = [];
  for (const c of BENCH_CASES.filter((x) => !NO_RATIO_KINDS.includes(x.kind))) {
    const pair = await measurePair(clouds, c, lookups);
    if (pair) pairs.push(pair);
  }
  clouds.forEach((cloud) => cloud.close());
  writeFileSync(out, JSON.stringify(pairs));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
