// One bench run on one data folder, in its own process (so its peak memory is the local cloud's
// alone): `node --import tsx scripts/bench/bench-folder.ts <data dir> <result.json> [--seed-demo]`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalCloud } from '../../local-cloud/runtime/local-cloud';
import { seedIfEmpty } from '../../local-cloud/seed/seed';
import { BENCH_CASES } from './cases';
import { prepareAssessment } from './assessment-setup';
import { lastWorkingMorning, lookupsOf, nightBefore, measureBulletin, measureCase, measureTimer } from './measure';

const [dataDir, out] = process.argv.slice(2);
const root = path.resolve(__dirname, '../..');

const main = async () => {
  const opening = Date.now();
  const cloud = new LocalCloud({ dataDir, functionsDir: path.join(root, 'cloudfunctions') });
  const openMs = Date.now() - opening;
  const seeded = process.argv.includes('--seed-demo') ? seedIfEmpty(cloud).counts : undefined;
  const lookups = await lookupsOf(cloud);
  // The bulletin first: the bulletin cases read (and export) the one it generates, published.
  const bulletin = await measureBulletin(cloud);
  process.stderr.write(`  the monthly bulletin's figures: ${bulletin.error ?? `${bulletin.ms.toFixed(0)} ms, ${bulletin.calls} units; generation ${bulletin.generateMs?.toFixed(0)} ms`}\n`);
  const draft = (await cloud.invoke('api', { action: 'bulletin.get', input: { id: lookups.bulletin } }, { openid: 'district-01' })) as { data?: { version: number; status: string } };
  if (draft.data?.status === 'draft') await cloud.invoke('api', { action: 'bulletin.publish', input: { id: lookups.bulletin, version: draft.data.version } }, { openid: 'district-01' });
  const assessment = await prepareAssessment(cloud);
  process.stderr.write(`  the year's assessment: ${assessment.error ?? `${assessment.ms} ms in ${assessment.calls} calls`}\n`);
  const cases = [];
  for (const c of BENCH_CASES) {
    const result = await measureCase(cloud, c, lookups);
    cases.push(result);
    process.stderr.write(`  ${c.label}: ${result.error ?? `${result.medianMs.toFixed(1)} ms, ${result.rows} rows`}\n`);
  }
  const overrides = Object.fromEntries(
    (await cloud.run(async () => (await cloud.database().collection('calendar_overrides').limit(1000).get()).data as Array<{ _id: string; working: boolean }>)).map((o) => [o._id, o.working]),
  );
  // In the order they fire: the night's run at 02:00 of the last working morning (it takes the day's
  // snapshot, which the morning run then finds done), that morning's run, then an hourly run now.
  const morning = lastWorkingMorning(overrides);
  const timers = [];
  for (const [trigger, at] of [['repair', nightBefore(morning)], ['morning', morning], ['hourly', new Date()]] as const) {
    timers.push(await measureTimer(cloud, trigger, at));
    process.stderr.write(`  timer ${trigger}: ${timers.at(-1)!.ms.toFixed(0)} ms\n`);
  }
  cloud.close();
  writeFileSync(out, JSON.stringify({ openMs, seeded, cases, bulletin, assessment, timers, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
