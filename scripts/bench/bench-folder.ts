// One bench run on one data folder, in its own process (so its peak memory is the local cloud's
// alone): `node --import tsx scripts/bench/bench-folder.ts <data dir> <result.json> [--seed-demo]`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalCloud } from '../../local-cloud/runtime/local-cloud';
import { seedIfEmpty } from '../../local-cloud/seed/seed';
import { BENCH_CASES, type Lookups } from './cases';
import { lastWorkingMorning, measureBulletin, measureCase, measureTimer } from './measure';

const [dataDir, out] = process.argv.slice(2);
const root = path.resolve(__dirname, '../..');

const main = async () => {
  const opening = Date.now();
  const cloud = new LocalCloud({ dataDir, functionsDir: path.join(root, 'cloudfunctions') });
  const openMs = Date.now() - opening;
  const seeded = process.argv.includes('--seed-demo') ? seedIfEmpty(cloud).counts : undefined;
  // Loads the bundle and resolves the ids the cases need.
  const first = (await cloud.invoke('api', { action: 'demand.list', input: { pageSize: 1 } }, { openid: 'ent-001' })) as { data: { items: Array<{ id: string }> } };
  const lookups: Lookups = { demandOfEnterprise: first.data.items[0]?.id ?? 'none' };
  const cases = [];
  for (const c of BENCH_CASES) {
    const result = await measureCase(cloud, c, lookups);
    cases.push(result);
    process.stderr.write(`  ${c.label}: ${result.error ?? `${result.medianMs.toFixed(1)} ms, ${result.rows} rows`}\n`);
  }
  const bulletin = await measureBulletin(cloud);
  process.stderr.write(`  the monthly bulletin's figures: ${bulletin.error ?? `${bulletin.ms.toFixed(0)} ms, ${bulletin.calls} calls`}\n`);
  const overrides = Object.fromEntries(
    (await cloud.run(async () => (await cloud.database().collection('calendar_overrides').limit(1000).get()).data as Array<{ _id: string; working: boolean }>)).map((o) => [o._id, o.working]),
  );
  const timers = [];
  for (const [trigger, at] of [['hourly', new Date()], ['morning', lastWorkingMorning(overrides)]] as const) {
    timers.push(await measureTimer(cloud, trigger, at));
    process.stderr.write(`  timer ${trigger}: ${timers.at(-1)!.ms.toFixed(0)} ms\n`);
  }
  cloud.close();
  writeFileSync(out, JSON.stringify({ openMs, seeded, cases, bulletin, timers, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
