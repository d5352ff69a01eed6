import type { EvidenceKind, EvidenceRow } from '../../src/core/assessment/assessment.model';
import type { PageResult } from '../../src/core/demand/demand.model';
import { counterLabel } from '../../src/core/assessment/counter-labels';
import type { Contribution } from '../../src/core/figures/contributions';
import { RATING_COUNTER_KEYS } from '../../src/core/figures/counters';
import { periodBounds, periodContaining } from '../../src/core/figures/periods';
import { enterpriseStock } from '../../src/core/figures/service-stock';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { slicePage, walkPage, type PageRequest } from '../db/paging';
import { repository } from '../db/repository';
import { trainingRecordRepo } from '../db/training-record.repo';
import { FIGURE_SOURCES, type SourceDoc, type SourceName } from '../figures/figure-sources';
import { sliceFlow } from '../figures/figure-reads';

/**
 * The records behind one of a steward's measures for a year: each record of the kind the figure
 * comes from, evaluated with the same core functions the rollups are kept with (at the instant its
 * contributions were counted), keeping what it added to the measure's counters in the year for
 * this steward. A page is found by walking the records newest first and evaluating only as many
 * as it takes to fill it (a steward's year of demands is a hundred records with their timelines);
 * the totals are the steward's rollups for the year, which are those records' contributions summed.
 */
const PROFILE = (enterpriseId: string) => `/pages/enterprise-profile/index?id=${enterpriseId}`;

interface SourceQuery<N extends SourceName> {
  filter: (db: Database, stewardId: string, from: string, to: string) => object;
  /** Records that cannot count in these counters, left out by the query (a satisfaction measure passes over unrated demands). */
  narrow?: (db: Database, keys: readonly string[]) => object;
  /** The field the rows are dated by, newest first (an index on the steward and it serves the walk). */
  order: string;
  row: (doc: SourceDoc<N>) => Pick<EvidenceRow, 'title' | 'date' | 'link'>;
  /** The fields `row` reads, where the source reads only some of a record (FigureSource.reads). */
  shows?: Readonly<Record<string, true>>;
}

const between = (db: Database, from: string, to: string) => ({ factsFrom: db.command.lte(to), factsTo: db.command.gte(from) });
const onDays = (db: Database, from: string, to: string) => ({ factsTo: db.command.gte(from).and(db.command.lte(to)) });
const day = (d: Date | string) => shanghaiDate(new Date(d));
const isRatingCounter = (key: string) => (RATING_COUNTER_KEYS as readonly string[]).includes(key);

const QUERIES: { [N in SourceName]: SourceQuery<N> } = {
  demands: { order: 'createdAt', filter: (db, id, from, to) => ({ stewardId: id, ...between(db, from, to) }), narrow: (db, keys) => (keys.every(isRatingCounter) ? { 'ratings.0': db.command.exists(true) } : {}), row: (d) => ({ title: `${d.enterpriseName}：${d.title}`, date: day(d.createdAt), link: `/pages/demand-detail/index?id=${d._id}` }), shows: { enterpriseName: true, title: true } },
  contacts: { order: 'at', filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (c) => ({ title: `${c.enterpriseName} · ${c.type}`, date: day(c.at), link: PROFILE(c.enterpriseId) }) },
  reports: { order: 'createdAt', filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (r) => ({ title: `${r.enterpriseName} · ${r.category}`, date: day(r.createdAt), link: PROFILE(r.enterpriseId) }) },
  promotions: { order: 'createdAt', filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (p) => ({ title: `${p.enterpriseName} · ${p.policyTitle}`, date: day(p.createdAt), link: PROFILE(p.enterpriseId) }) },
  research_visits: { order: 'date', filter: (db, id, from, to) => ({ stewardId: id, ...between(db, from, to) }), row: (v) => ({ title: `${v.enterpriseName} · ${v.leaders}调研`, date: v.date, link: PROFILE(v.enterpriseId) }) },
  handover_tasks: { order: 'createdAt', filter: (db, id, from, to) => ({ toStewardId: id, ...between(db, from, to) }), row: (t) => ({ title: `${t.enterpriseName}（自${t.fromStewardName}交接）`, date: day(t.createdAt), link: PROFILE(t.enterpriseId) }) },
  spot_check_items: { order: 'contactAt', filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (x) => ({ title: `${x.enterpriseName} · 抽查${x.result ?? ''}`, date: day(x.verifiedAt ?? x.contactAt), link: PROFILE(x.enterpriseId) }) },
};

const countedIn = (flow: Record<string, number>, keys: readonly string[]) =>
  keys.filter((k) => flow[k]).map((key) => ({ key, label: counterLabel(key), n: flow[key] }));

/** One page of the records that counted, newest first, and whether more follow. */
const sourcePage = async <N extends SourceName>(db: Database, name: N, stewardId: string, year: number, keys: readonly string[], now: Date, request: PageRequest): Promise<PageResult<EvidenceRow>> => {
  const { from, to } = periodContaining('year', `${year}-01-01`);
  const q = QUERIES[name] as SourceQuery<N>;
  const { reads, usesCalendar, evaluate } = FIGURE_SOURCES[name];
  const calendar = usesCalendar ? await calendarOverrideRepo.load(db) : {};
  const read = async (offset: number, limit: number) => {
    const query = repository(name).find(db, { ...q.filter(db, stewardId, from, to), ...q.narrow?.(db, keys) } as never).orderBy(q.order, 'desc').orderBy('_id', 'asc').skip(offset).limit(limit);
    return (await (reads ? query.field({ ...reads, ...q.shows, [q.order]: true }) : query).get()).data as Array<SourceDoc<N>>;
  };
  const keep = (doc: SourceDoc<N>): EvidenceRow | null => {
    const flow: Record<string, number> = {};
    for (const c of evaluate(doc as never, new Date(doc.factsAt ?? now), calendar).contributions as Contribution[]) {
      if (c.day < from || c.day > to || c.slices.stewardId !== stewardId) continue;
      for (const [k, v] of Object.entries(c.flow)) flow[k] = (flow[k] ?? 0) + (v ?? 0);
    }
    const counted = countedIn(flow, keys);
    return counted.length ? { kind: (name === 'spot_check_items' ? 'spot_checks' : name) as EvidenceKind, id: doc._id, ...q.row(doc), counted } : null;
  };
  return walkPage(read, keep, request);
};

/** The steward's enterprises at the year's end (or now, in the year): whether each was within its cadence. */
const enterpriseRows = async (db: Database, stewardId: string, year: number, keys: readonly string[], now: Date): Promise<EvidenceRow[]> => {
  const end = periodBounds(periodContaining('year', `${year}-01-01`)).end;
  const at = new Date(Math.min(now.getTime(), end.getTime() - 1));
  const rows: EvidenceRow[] = [];
  for (const e of await enterpriseRepo.all(db, { stewardId, status: 'active' })) {
    const stock = enterpriseStock({ ...e, boundContacts: 0 }, at)?.stock ?? {};
    rows.push({ kind: 'enterprises', id: e._id, title: e.name, date: e.lastContactAt ? day(e.lastContactAt) : '—', link: PROFILE(e._id), counted: countedIn(stock as Record<string, number>, keys) });
  }
  return rows;
};

/** The steward's required courses of the year: assigned, and completed or not. */
const trainingRows = async (db: Database, stewardId: string, year: number): Promise<EvidenceRow[]> =>
  (await trainingRecordRepo.all(db, { userId: stewardId, year, required: true })).map((r) => ({
    kind: 'training' as const, id: r._id, title: r.courseTitle, date: day(r.assignedAt),
    counted: [{ key: 'requiredAssigned', label: '必修课程', n: 1 }, ...(r.status === 'completed' ? [{ key: 'requiredCompleted', label: '已完成', n: 1 }] : [])],
  }));

const summed = (rows: readonly EvidenceRow[]): Record<string, number> => {
  const totals: Record<string, number> = {};
  for (const row of rows) for (const c of row.counted) totals[c.key] = (totals[c.key] ?? 0) + c.n;
  return totals;
};

/** The listed counters' totals for the year, and one page of the records behind them. */
export const evidencePage = async (db: Database, kind: EvidenceKind, stewardId: string, year: number, keys: readonly string[], now: Date, request: PageRequest): Promise<{ totals: Record<string, number> } & PageResult<EvidenceRow>> => {
  if (kind === 'enterprises' || kind === 'training' || kind === 'spot_checks') {
    const rows = kind === 'enterprises' ? await enterpriseRows(db, stewardId, year, keys, now) : kind === 'training' ? await trainingRows(db, stewardId, year) : [];
    return { totals: summed(rows), ...slicePage(rows, request) };
  }
  const [flow, rows] = await Promise.all([sliceFlow(db, periodContaining('year', `${year}-01-01`), 'steward', stewardId), sourcePage(db, kind, stewardId, year, keys, now, request)]);
  const counters = flow as Record<string, number>;
  return { totals: Object.fromEntries(keys.filter((k) => counters[k]).map((k) => [k, counters[k]])), ...rows };
};
