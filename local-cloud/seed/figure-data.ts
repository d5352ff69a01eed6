/**
 * The figures' derived data for seeded records, built with the very functions the server's
 * writes and timers use: each record stamped as its insert would stamp it (server/db/
 * tracked-writes.ts), the rollup rows summed from the same increments, today's stock snapshot
 * folded by the morning timer's function, and the open demands' similarity signatures, buckets
 * and groups. Seeded data then reads as if the app had written it, and the repair job finds
 * nothing to correct.
 */
import type { FlowCounterKey } from '../../src/core/figures/counters';
import { stockRows, type RollupIncrement } from '../../src/core/figures/rollup';
import { isOpenDemand } from '../../src/core/demand/demand.model';
import { demandText } from '../../src/core/similarity/demand-text';
import { bucketOf, groupSimilar } from '../../src/core/similarity/grouping';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { DemandDoc, EnterpriseDoc, HandoverTaskDoc, ResearchVisitDoc, UserDoc } from '../../server/db/documents';
import type { RollupDoc } from '../../server/db/figure-rollup.repo';
import type { SnapshotDoc } from '../../server/db/figure-snapshot.repo';
import type { SimilarBandDoc } from '../../server/db/similar-band.repo';
import type { SimilarGroupDoc } from '../../server/db/similar-group.repo';
import { stampNew } from '../../server/db/tracked-writes';
import { SOURCE_NAMES, type SourceDoc, type SourceName } from '../../server/figures/figure-sources';
import { stockParts } from '../../server/figures/unit-stock';
import { signatureOf } from '../../server/similarity/similar-demands';

export interface FigureCollections {
  figure_rollups: RollupDoc[];
  figure_snapshots: SnapshotDoc[];
  similar_bands: SimilarBandDoc[];
  similar_groups: SimilarGroupDoc[];
}

export class SeedFigures {
  private readonly rows = new Map<string, RollupIncrement>();
  private readonly openDemands: DemandDoc[] = [];
  private readonly openTasks: HandoverTaskDoc[] = [];
  private readonly openVisits: ResearchVisitDoc[] = [];

  constructor(
    private readonly now: Date,
    private readonly calendar: CalendarOverrides,
  ) {}

  /** A record stamped as its insert would stamp it (at `now`, when the seed writes it), counted in the rollups. */
  record<N extends SourceName>(name: N, doc: SourceDoc<N>): SourceDoc<N> {
    const source = name === 'demands' && isOpenDemand((doc as DemandDoc).status) ? { ...doc, similarity: signatureOf(doc as DemandDoc) } : doc;
    const { doc: stamped, increments } = stampNew(name, source as SourceDoc<N>, this.now, this.calendar);
    for (const row of increments) {
      const seen = this.rows.get(row._id);
      if (!seen) this.rows.set(row._id, row);
      else for (const [k, v] of Object.entries(row.inc) as Array<[FlowCounterKey, number]>) seen.inc[k] = (seen.inc[k] ?? 0) + v;
    }
    if (name === 'demands' && isOpenDemand((stamped as DemandDoc).status)) this.openDemands.push(stamped as DemandDoc);
    if (name === 'handover_tasks' && !(stamped as HandoverTaskDoc).completedAt && !(stamped as HandoverTaskDoc).cancelledAt) this.openTasks.push(stamped as HandoverTaskDoc);
    if (name === 'research_visits' && (stamped as ResearchVisitDoc).openPromises > 0) this.openVisits.push(stamped as ResearchVisitDoc);
    return stamped;
  }

  /**
   * The open demands with their similarity group (the seed writes them last, once groups are
   * known), and the rollup rows, today's snapshot and the similarity index.
   */
  finish(enterprises: readonly EnterpriseDoc[], users: readonly UserDoc[]): FigureCollections & { openDemands: DemandDoc[] } {
    const at = this.now;
    const parts = stockParts({
      enterprises: enterprises.filter((e) => e.status === 'active'),
      contacts: users.filter((u) => u.role === 'enterprise'),
      stewards: users.filter((u) => u.role === 'steward'),
      openDemands: this.openDemands, openTasks: this.openTasks, visitsWithOpenPromises: this.openVisits,
    }, at, this.calendar);
    const figure_snapshots = stockRows(shanghaiDate(at), parts).filter((r) => r.value !== '').map((r) => ({ ...r, takenAt: at }));
    const figure_rollups = [...this.rows.values()].map(({ inc, ...key }) => ({ ...key, flow: inc, updatedAt: at }));

    const groups = groupSimilar(this.openDemands.map((d) => ({ id: d._id, bands: d.similarity!.bands, text: demandText(d) })));
    const groupOf = new Map<string, string>();
    const similar_groups = groups.map((g, i): SimilarGroupDoc => {
      const _id = `similar-${String(i + 1).padStart(4, '0')}`;
      for (const id of g.ids) groupOf.set(id, _id);
      return { _id, ids: g.ids, size: g.ids.length, terms: g.terms, rev: 1, createdAt: at, updatedAt: at };
    });
    const buckets = new Map<string, string[]>();
    for (const d of this.openDemands) {
      for (const band of d.similarity!.bands) {
        const bucket = buckets.get(band);
        if (bucket) bucket.push(d._id);
        else buckets.set(band, [d._id]);
      }
    }
    return {
      figure_rollups, figure_snapshots, similar_groups,
      similar_bands: [...buckets].map(([_id, ids]) => ({ _id, ...bucketOf(ids) })),
      openDemands: this.openDemands.map((d) => (groupOf.has(d._id) ? { ...d, similarGroupId: groupOf.get(d._id)! } : d)),
    };
  }
}

/** The demo data with the figures' derived data: stamped records, rollups, today's snapshot, the similarity index. */
export const withFigureData = <D extends Record<SourceName | 'enterprises' | 'users' | 'calendar_overrides', object[]>>(data: D, now: Date): D & FigureCollections => {
  const calendar = Object.fromEntries((data.calendar_overrides as Array<{ _id: string; working: boolean }>).map((c) => [c._id, c.working]));
  const figures = new SeedFigures(now, calendar);
  const stamped = Object.fromEntries(SOURCE_NAMES.map((name) => [name, data[name].map((doc) => figures.record(name, doc as never))]));
  const done = figures.finish(data.enterprises as EnterpriseDoc[], data.users as UserDoc[]);
  const open = new Map(done.openDemands.map((d) => [d._id, d]));
  const { openDemands: _open, ...collections } = done;
  return { ...data, ...stamped, demands: (stamped.demands as DemandDoc[]).map((d) => open.get(d._id) ?? d), ...collections };
};
