import type { EvidenceKind, EvidenceRow } from '../../src/core/assessment/assessment.model';
import { counterLabel } from '../../src/core/assessment/counter-labels';
import type { Contribution } from '../../src/core/figures/contributions';
import { periodBounds, periodContaining } from '../../src/core/figures/periods';
import { enterpriseStock } from '../../src/core/figures/service-stock';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { repository } from '../db/repository';
import { trainingRecordRepo } from '../db/training-record.repo';
import { FIGURE_SOURCES, type SourceDoc, type SourceName } from '../figures/figure-sources';

/**
 * The records behind one of a steward's measures for a year: each record of the kind the figure
 * comes from, evaluated with the same core functions the rollups are kept with (at the instant its
 * contributions were counted), keeping what it added to the measure's counters in the year for
 * this steward. Summed, they give the counters the score was computed from. A steward's records of
 * one kind over a year are hundreds at most.
 */
const PROFILE = (enterpriseId: string) => `/pages/enterprise-profile/index?id=${enterpriseId}`;

interface SourceQuery<N extends SourceName> {
  filter: (db: Database, stewardId: string, from: string, to: string) => object;
  row: (doc: SourceDoc<N>) => Pick<EvidenceRow, 'title' | 'date' | 'link'>;
  /** The fields `row` reads, where the source reads only some of a record (FigureSource.reads). */
  shows?: Readonly<Record<string, true>>;
}

const between = (db: Database, from: string, to: string) => ({ factsFrom: db.command.lte(to), factsTo: db.command.gte(from) });
const onDays = (db: Database, from: string, to: string) => ({ factsTo: db.command.gte(from).and(db.command.lte(to)) });
const day = (d: Date | string) => shanghaiDate(new Date(d));

const QUERIES: { [N in SourceName]: SourceQuery<N> } = {
  demands: { filter: (db, id, from, to) => ({ stewardId: id, ...between(db, from, to) }), row: (d) => ({ title: `${d.enterpriseName}：${d.title}`, date: day(d.createdAt), link: `/pages/demand-detail/index?id=${d._id}` }), shows: { enterpriseName: true, title: true } },
  contacts: { filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (c) => ({ title: `${c.enterpriseName} · ${c.type}`, date: day(c.at), link: PROFILE(c.enterpriseId) }) },
  reports: { filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (r) => ({ title: `${r.enterpriseName} · ${r.category}`, date: day(r.createdAt), link: PROFILE(r.enterpriseId) }) },
  promotions: { filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (p) => ({ title: `${p.enterpriseName} · ${p.policyTitle}`, date: day(p.createdAt), link: PROFILE(p.enterpriseId) }) },
  research_visits: { filter: (db, id, from, to) => ({ stewardId: id, ...between(db, from, to) }), row: (v) => ({ title: `${v.enterpriseName} · ${v.leaders}调研`, date: v.date, link: PROFILE(v.enterpriseId) }) },
  handover_tasks: { filter: (db, id, from, to) => ({ toStewardId: id, ...between(db, from, to) }), row: (t) => ({ title: `${t.enterpriseName}（自${t.fromStewardName}交接）`, date: day(t.createdAt), link: PROFILE(t.enterpriseId) }) },
  spot_check_items: { filter: (db, id, from, to) => ({ stewardId: id, ...onDays(db, from, to) }), row: (x) => ({ title: `${x.enterpriseName} · 抽查${x.result ?? ''}`, date: day(x.verifiedAt ?? x.contactAt), link: PROFILE(x.enterpriseId) }) },
};

const counted = (flow: Record<string, number>, keys: readonly string[]) =>
  keys.filter((k) => flow[k]).map((key) => ({ key, label: counterLabel(key), n: flow[key] }));

const sourceRows = async <N extends SourceName>(db: Database, name: N, stewardId: string, year: number, keys: readonly string[], now: Date): Promise<EvidenceRow[]> => {
  const { from, to } = periodContaining('year', `${year}-01-01`);
  const q = QUERIES[name] as SourceQuery<N>;
  const { reads, usesCalendar } = FIGURE_SOURCES[name];
  const [docs, calendar] = await Promise.all([repository(name).all(db, q.filter(db, stewardId, from, to) as never, reads && { ...reads, ...q.shows }), usesCalendar ? calendarOverrideRepo.load(db) : Promise.resolve({})]);
  const rows: EvidenceRow[] = [];
  for (const doc of docs as Array<SourceDoc<N>>) {
    const flow: Record<string, number> = {};
    const { contributions } = FIGURE_SOURCES[name].evaluate(doc as never, new Date(doc.factsAt ?? now), calendar);
    for (const c of contributions as Contribution[]) {
      if (c.day < from || c.day > to || c.slices.stewardId !== stewardId) continue;
      for (const [k, v] of Object.entries(c.flow)) flow[k] = (flow[k] ?? 0) + (v ?? 0);
    }
    const items = counted(flow, keys);
    if (items.length) rows.push({ kind: (name === 'spot_check_items' ? 'spot_checks' : name) as EvidenceKind, id: doc._id, ...q.row(doc), counted: items });
  }
  return rows.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
};

/** The steward's enterprises at the year's end (or now, in the year): whether each was within its cadence. */
const enterpriseRows = async (db: Database, stewardId: string, year: number, keys: readonly string[], now: Date): Promise<EvidenceRow[]> => {
  const end = periodBounds(periodContaining('year', `${year}-01-01`)).end;
  const at = new Date(Math.min(now.getTime(), end.getTime() - 1));
  const rows: EvidenceRow[] = [];
  for (const e of await enterpriseRepo.all(db, { stewardId, status: 'active' })) {
    const stock = enterpriseStock({ ...e, boundContacts: 0 }, at)?.stock ?? {};
    rows.push({ kind: 'enterprises', id: e._id, title: e.name, date: e.lastContactAt ? day(e.lastContactAt) : '—', link: PROFILE(e._id), counted: counted(stock as Record<string, number>, keys) });
  }
  return rows;
};

/** The steward's required courses of the year: assigned, and completed or not. */
const trainingRows = async (db: Database, stewardId: string, year: number): Promise<EvidenceRow[]> =>
  (await trainingRecordRepo.all(db, { userId: stewardId, year, required: true })).map((r) => ({
    kind: 'training' as const, id: r._id, title: r.courseTitle, date: day(r.assignedAt),
    counted: [{ key: 'requiredAssigned', label: '必修课程', n: 1 }, ...(r.status === 'completed' ? [{ key: 'requiredCompleted', label: '已完成', n: 1 }] : [])],
  }));

export const evidenceRows = async (db: Database, kind: EvidenceKind, stewardId: string, year: number, keys: readonly string[], now: Date): Promise<EvidenceRow[]> => {
  switch (kind) {
    case 'enterprises':
      return enterpriseRows(db, stewardId, year, keys, now);
    case 'training':
      return trainingRows(db, stewardId, year);
    case 'spot_checks':
      return [];
    default:
      return sourceRows(db, kind, stewardId, year, keys, now);
  }
};
