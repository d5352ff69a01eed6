/**
 * The scale generator: the demo data (every demo identity kept) grown to N times Pudong's size, with
 * a year of history written as the app writes it. Documents stream to a sink one enterprise at a
 * time, so ten times Pudong never sits in memory at once.
 */
import type { AuditDoc, DemandDoc } from '../../../server/db/documents';
import { withDerivedFields } from '../../../server/db/derived-fields';
import { nameIndexData } from '../name-index-data';
import { isOpenDemand } from '../../../src/core/demand/demand.model';
import { SOURCE_NAMES, type SourceName } from '../../../server/figures/figure-sources';
import { buildDemoData } from '../demo-data';
import { SeedFigures } from '../figure-data';
import { seededRandom } from '../random';
import { accountsHistory } from './accounts-history';
import { createClock, DAY } from './clock';
import { CronTally } from './cron-tally';
import { simulateDemand, type DemandEnv } from './demand-script';
import { generateContacts, handoverTask, type HistoryEnv } from './history-contacts';
import { generatePromotions, generateReports, generateResearchVisits } from './history-fieldwork';
import { generatePolicies, generateProposals } from './policies-proposals';
import { RATES } from './scale-plan';
import { buildScaleOrg } from './scale-org';

export interface ScaleSink {
  /** One document of a collection; `at` is when the app would have inserted it (epoch ms). */
  add(collection: string, doc: object, at: number): void;
}

const timeOf = (d: Date | undefined) => d?.getTime() ?? 0;

export const generateScaleData = (scale: number, now: Date, sink: ScaleSink): Record<string, number> => {
  const demo = buildDemoData(now);
  const overrides = Object.fromEntries(demo.calendar_overrides.map((c) => [c._id, c.working]));
  const rng = seededRandom(14_000 + Math.round(scale * 1000));
  const clock = createClock(now, overrides);
  const org = buildScaleOrg(rng, clock, scale, demo);
  const tally = new CronTally();
  const counts: Record<string, number> = {};
  // Stored derived fields (a demand's running deadline, an enterprise's next due date ...) as the app keeps them.
  const write = (collection: string, doc: object, at: number) => {
    sink.add(collection, withDerivedFields(collection, doc), at);
    counts[collection] = (counts[collection] ?? 0) + 1;
  };
  // Records that count in the figures are stamped and summed into the rollups as the server's
  // writes would; open demands wait for their similarity group and are written last.
  const figures = new SeedFigures(now, overrides);
  const openDemandsAt = new Map<string, number>();
  const record = (collection: string, doc: object, at: number) => {
    if (!(SOURCE_NAMES as readonly string[]).includes(collection)) return write(collection, doc, at);
    const stamped = figures.record(collection as SourceName, doc as never) as { _id: string; status?: DemandDoc['status'] };
    if (collection === 'demands' && isOpenDemand(stamped.status!)) openDemandsAt.set(stamped._id, at);
    else write(collection, stamped, at);
  };
  // Every generated write succeeded: the router records that as the outcome 'ok'.
  const audit = (entry: Omit<AuditDoc, '_id'>) => write('audit_log', { _id: rng.hexId(), outcome: 'ok', ...entry }, entry.at.getTime());
  const diligence = new Map<string, number>();
  const env: HistoryEnv = {
    rng, clock, org, audit, tally,
    diligence: (id) => diligence.get(id) ?? (diligence.set(id, rng.between(0.6, 1.5)), diligence.get(id)!),
  };
  const demandEnv: DemandEnv = { rng, clock, org, departments: demo.departments, overrides, audit, tally };

  const demoUsers = new Set(demo.users.map((u) => u._id));
  const accounts = accountsHistory(env, org.users.filter((u) => !demoUsers.has(u._id)));
  for (const batch of org.handoverBatches) {
    const admin = org.unitAdminOf.get(batch.unitId)!;
    audit({ at: new Date(batch.at + 30), actorId: admin._id, actorRole: 'unit_admin', action: 'handover.create', collection: 'handover_tasks', recordId: batch.handoverId, summary: `管家交接：「${batch.from.name}」的 ${batch.enterprises.length} 家企业移交给「${batch.to.name}」` });
  }
  const proposals = generateProposals(env);
  const policies = [...demo.policies, ...generatePolicies(env, scale)];

  for (const life of org.lives) {
    const firstAfterHandover = generateContacts(env, life, (c) => record('contacts', c, c.createdAt.getTime()));
    if (life.handover) record('handover_tasks', handoverTask(env, life, firstAfterHandover), life.handover.at);
    // Some enterprises ask for much more than others.
    const expected = RATES.demands * ((life.to - life.from) / (365 * DAY)) * (Math.exp(rng.between(-1, 1)) / 1.175);
    for (let n = Math.floor(expected) + (rng.chance(expected % 1) ? 1 : 0); n > 0; n--) {
      const t = rng.between(life.from, life.to);
      const created = rng.chance(0.75) ? clock.officeFrom(t) : t;
      if (created >= clock.now) continue;
      const demand: DemandDoc = simulateDemand(demandEnv, life, created);
      record('demands', demand, created);
    }
    generateReports(env, life, (r) => record('reports', r, r.createdAt.getTime()));
    generateResearchVisits(env, life, (v) => record('research_visits', v, v.createdAt.getTime()));
    generatePromotions(env, life, policies, (p) => record('promotions', p, p.createdAt.getTime()));
  }
  for (const entry of tally.auditEntries()) audit(entry);

  const all: Array<[string, object[], (doc: never) => number]> = [
    ['units', demo.units, () => 0],
    ['departments', demo.departments, () => 0],
    ['users', org.users, (u: { createdAt: Date }) => timeOf(u.createdAt)],
    ['enterprises', org.lives.map((l) => l.doc), (e: { createdAt: Date }) => timeOf(e.createdAt)],
    ['binding_codes', [...demo.binding_codes, ...accounts.codes], (c: { createdAt: Date }) => timeOf(c.createdAt)],
    ['subscriptions', accounts.subscriptions, (s: { updatedAt: Date }) => timeOf(s.updatedAt)],
    ['_local_wx_credits', accounts.wechatCredits, () => 0],
    ['calendar_overrides', demo.calendar_overrides, (c: { updatedAt: Date }) => timeOf(c.updatedAt)],
    ['proposals', [...demo.proposals, ...proposals], (p: { createdAt: Date }) => timeOf(p.createdAt)],
    ['policies', policies, (p: { createdAt: Date }) => timeOf(p.createdAt)],
    ['handover_tasks', demo.handover_tasks, (t: { createdAt: Date }) => timeOf(t.createdAt)],
    ['contacts', demo.contacts, (c: { createdAt: Date }) => timeOf(c.createdAt)],
    ['reports', demo.reports, (r: { createdAt: Date }) => timeOf(r.createdAt)],
    ['research_visits', demo.research_visits, (v: { createdAt: Date }) => timeOf(v.createdAt)],
    ['promotions', demo.promotions, (p: { createdAt: Date }) => timeOf(p.createdAt)],
  ];
  const names = nameIndexData(org.lives.map((l) => l.doc), now);
  all.push(['enterprise_names', names.enterprise_names, () => 0], ['job_cursors', names.job_cursors, () => 0]);
  for (const [collection, docs, at] of all) for (const doc of docs) record(collection, doc, at(doc as never));
  const derived = figures.finish(org.lives.map((l) => l.doc), org.users);
  for (const d of derived.openDemands) write('demands', d, openDemandsAt.get(d._id)!);
  for (const name of ['figure_rollups', 'figure_snapshots', 'similar_bands', 'similar_groups'] as const) for (const doc of derived[name]) write(name, doc, now.getTime());
  return counts;
};
