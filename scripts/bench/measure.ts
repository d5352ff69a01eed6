/**
 * Timing actions and timers on a local cloud: per call its time, database round trips, rows the
 * engine read and decoded, and the most rows any one query read. Calls are repeated up to 30
 * times or 10 s; a call slower than 2 s is measured once, so a slow data set still finishes.
 */
import type { LocalCloud } from '../../local-cloud/runtime/local-cloud';
import { isWorkingDay } from '../../src/core/time/working-days';
import { addCalendarDays, shanghaiDate } from '../../src/core/time/shanghai';
import type { BenchCase, Lookups } from './cases';
import { bulletinId } from '../../src/core/bulletin/bulletin.model';
import { firstWorkingDayOfMonth, previousMonth } from '../../src/core/bulletin/bulletin-schedule';
import { composeBulletin } from '../../server/bulletin/compose-bulletin';
import { calendarOverrideRepo } from '../../server/db/calendar-override.repo';
import { generateBulletin } from '../../server/jobs/generate-bulletin.job';
import { asDatabase } from '../../server/runtime/cloud-types';
import { functionSettings, localValues } from '../../src/core/settings';

export interface CaseResult {
  label: string;
  action: string;
  kind: BenchCase['kind'];
  runs: number;
  medianMs: number;
  p95Ms: number;
  trips: number;
  rows: number;
  maxRowsPerQuery: number;
  maxTrips?: number;
  error?: string;
}

export interface TimerResult {
  trigger: string;
  at: string;
  ms: number;
  trips: number;
  rows: number;
  maxRowsPerQuery: number;
  report: unknown;
}

const MAX_RUNS = 30;
const TIME_CAP_MS = 10_000;
const SLOW_MS = 2_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

const counted = async <T>(cloud: LocalCloud, work: () => Promise<T>) => {
  cloud.engine.resetRoundTrips();
  cloud.engine.resetRowsScanned();
  const started = process.hrtime.bigint();
  const result = await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { result, ms, trips: cloud.engine.roundTrips(), rows: cloud.engine.rowsScanned(), maxRowsPerQuery: cloud.engine.maxRowsPerRequest() };
};

/** The ids the cases need on this data set; the first call also loads the api bundle. */
export const lookupsOf = async (cloud: LocalCloud): Promise<Lookups> => {
  const first = (await cloud.invoke('api', { action: 'demand.list', input: { pageSize: 1 } }, { openid: 'ent-001' })) as { data: { items: Array<{ id: string }> } };
  return { demandOfEnterprise: first.data.items[0]?.id ?? 'none', bulletin: bulletinId(previousMonth(shanghaiDate(new Date()).slice(0, 7))) };
};

type CaseReply = { ok: boolean; data?: { items?: unknown[] }; error?: { code: string; message: string } };

/** One call of a case, as its role makes it (`extra` added to its input). */
const callCase = (cloud: LocalCloud, c: BenchCase, lookups: Lookups, extra: object = {}) =>
  cloud.invoke('api', { action: c.action, input: { ...c.input(lookups), ...extra } }, { openid: c.openid }) as Promise<CaseReply>;

export const measureCase = async (cloud: LocalCloud, c: BenchCase, lookups: Lookups): Promise<CaseResult> => {
  const call = () => callCase(cloud, c, lookups);
  const times: number[] = [];
  let last = await counted(cloud, call);
  const base = { label: c.label, action: c.action, kind: c.kind, maxTrips: c.maxTrips };
  if (!last.result.ok) return { ...base, runs: 0, medianMs: NaN, p95Ms: NaN, trips: last.trips, rows: last.rows, maxRowsPerQuery: last.maxRowsPerQuery, error: `${last.result.error?.code}: ${last.result.error?.message}` };
  if (last.ms > SLOW_MS) times.push(last.ms); // too slow to repeat: the first call is the measurement
  const started = Date.now();
  while (!times.length || (times.length < MAX_RUNS && last.ms <= SLOW_MS && Date.now() - started < TIME_CAP_MS)) {
    last = await counted(cloud, call);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  return { ...base, runs: times.length, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), trips: last.trips, rows: last.rows, maxRowsPerQuery: last.maxRowsPerQuery };
};

/** One action's median time on two data sets, each called in turn. */
export interface PairResult {
  label: string;
  medianMs: [number, number];
  runs: number;
  /** Set when the smaller data set fills less than a page: both were asked for pages of this many rows. */
  pageRows?: number;
}

const itemsOf = (reply: CaseReply) => (reply.ok && Array.isArray(reply.data?.items) ? reply.data.items.length : undefined);

/**
 * The page size that makes both answers the same length: when the smaller data set has fewer rows
 * than a page (6 demands being rerouted at N=1, a full page of 20 at N=10), a page of that many on
 * both, so the ratio compares reading the same answer from more data, not answers of other sizes.
 */
const equalPage = async (clouds: readonly [LocalCloud, LocalCloud], c: BenchCase, lookups: readonly [Lookups, Lookups]): Promise<number | undefined> => {
  const [a, b] = [itemsOf(await callCase(clouds[0], c, lookups[0])), itemsOf(await callCase(clouds[1], c, lookups[1]))];
  if (a === undefined || b === undefined || a === 0 || a >= b) return undefined;
  const [ra, rb] = [await callCase(clouds[0], c, lookups[0], { pageSize: a }), await callCase(clouds[1], c, lookups[1], { pageSize: a })];
  return itemsOf(ra) === a && itemsOf(rb) === a ? a : undefined;
};

/**
 * The same case on two clouds in one process, called in turn (A, B, A, B …): a machine that slows
 * down or speeds up meanwhile (other processes, CPU steal) weighs on both alike, so their ratio is
 * the data's doing. Lists are compared at equal length (equalPage). Null when either call fails
 * or is too slow to repeat.
 */
export const measurePair = async (clouds: readonly [LocalCloud, LocalCloud], c: BenchCase, lookups: readonly [Lookups, Lookups]): Promise<PairResult | null> => {
  const times: [number[], number[]] = [[], []];
  const pageRows = await equalPage(clouds, c, lookups);
  const extra = pageRows ? { pageSize: pageRows } : {};
  const started = Date.now();
  for (let round = 0; round < MAX_RUNS + 2 && Date.now() - started < 2 * TIME_CAP_MS; round++) {
    for (const side of [0, 1] as const) {
      const run = await counted(clouds[side], () => callCase(clouds[side], c, lookups[side], extra));
      if (!run.result.ok || run.ms > SLOW_MS) return null;
      if (round >= 2) times[side].push(run.ms); // the first two rounds warm both up
    }
  }
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);
  return { label: c.label, medianMs: [median(times[0]), median(times[1])], runs: times[0].length, ...(pageRows ? { pageRows } : {}) };
};

/** The morning timer fires at 08:30 Shanghai: the latest such moment that fell on a working day. */
export const lastWorkingMorning = (overrides: Record<string, boolean>, now = new Date()): Date => {
  for (let date = shanghaiDate(now); ; date = addCalendarDays(date, -1)) {
    const at = new Date(`${date}T08:30:00+08:00`);
    if (at <= now && isWorkingDay(date, overrides)) return at;
  }
};

/** The night's timer (02:00 Shanghai) of the day a morning falls on. */
export const nightBefore = (morning: Date): Date => new Date(`${shanghaiDate(morning)}T02:00:00+08:00`);

export const measureTimer = async (cloud: LocalCloud, trigger: string, at: Date): Promise<TimerResult> => {
  const run = await counted(cloud, () => cloud.fireTimer('cron', trigger, at));
  return { trigger, at: at.toISOString(), ms: run.ms, trips: run.trips, rows: run.rows, maxRowsPerQuery: run.maxRowsPerQuery, report: (run.result as { data?: unknown }).data ?? run.result };
};

export interface BulletinResult {
  /** Median of the runs. */
  ms: number;
  runs: number;
  calls: number;
  trips: number;
  rows: number;
  maxRowsPerQuery: number;
  flaggedUnits: number;
  /** The whole generation by the timer's job, once; and whether it wrote the bulletin (0 when it existed). */
  generateMs?: number;
  generated?: number;
  error?: string;
}

/**
 * The monthly bulletin for last month as the timer makes it. Its figures (what `composeBulletin`
 * reads: the district's figures, the unit ranking with red flags, each unit's figures and steward
 * ranking, the trend) are timed on their own, three times, against the budget; then the whole
 * generation once (the claim, those reads, one section and its steward lines per unit, the bulletin, the district's notice).
 */
export const measureBulletin = async (cloud: LocalCloud, runs = 3, now = new Date()): Promise<BulletinResult> => {
  const month = previousMonth(shanghaiDate(now).slice(0, 7));
  const db = () => asDatabase(cloud.database());
  try {
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof counted<Awaited<ReturnType<typeof composeBulletin>>>>> | undefined;
    for (let i = 0; i < runs; i++) {
      last = await counted(cloud, () => cloud.run(() => composeBulletin(db(), month, now)));
      times.push(last.ms);
    }
    times.sort((a, b) => a - b);
    // The generation proper, on the first working day of this month (a copy of the data: it writes).
    const overrides = await cloud.run(() => calendarOverrideRepo.load(db()));
    const at = new Date(`${firstWorkingDayOfMonth(shanghaiDate(now).slice(0, 7), overrides)}T08:30:00+08:00`);
    const sender = { send: async () => ({}) };
    // The job runs here in the bench's process, not in the function: it reads the cron function's settings (template ids) from the environment.
    Object.assign(process.env, localValues(functionSettings('cron')));
    const generation = await counted(cloud, () => cloud.run(() => generateBulletin(db(), at, sender)));
    return {
      ms: percentile(times, 0.5), runs, calls: last!.result.sections.length, trips: last!.trips, rows: last!.rows, maxRowsPerQuery: last!.maxRowsPerQuery,
      flaggedUnits: last!.result.content.flaggedUnits, generateMs: generation.ms, generated: generation.result,
    };
  } catch (error) {
    return { ms: NaN, runs: 0, calls: 0, trips: 0, rows: 0, maxRowsPerQuery: 0, flaggedUnits: 0, error: String((error as Error).message ?? error) };
  }
};
