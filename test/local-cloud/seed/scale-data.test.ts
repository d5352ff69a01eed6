/**
 * The scale generator writes data the app accepts as its own: every record of a small scale
 * (N=0.05) passes the app's contracts and rules, read back through the real SDK, and the demo
 * identities still sign in and work through actions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contactRecordInput } from '@/core/contracts/contact.contracts';
import { demandSubmitInput } from '@/core/contracts/demand.contracts';
import { stepInputs } from '@/core/contracts/demand-step.contracts';
import { reportCreateInput, researchRecordInput, policyCreateInput, policyPromoteInput, preferencesInput, researchClosePromiseInput } from '@/core/contracts/fieldwork.contracts';
import { accountBindInput, accountCreateInput, enterpriseCreateInput, proposalCreateInput } from '@/core/contracts/org.contracts';
import { RESEARCH_FOLLOW_UP_WORKING_DAYS } from '@/core/fieldwork/research.rules';
import { reportRisk, reportSummary } from '@/core/fieldwork/report.rules';
import { handoverDeadline } from '@/core/org/handover.rules';
import { wouldExceedUnitAverage } from '@/core/org/staffing.rules';
import { workingDayDeadline } from '@/core/time/working-days';
import { apiActions } from '../../../server/actions/registry';
import { LocalCloud } from '../../../local-cloud/runtime/local-cloud';
import { writeScaleFolder } from '../../../local-cloud/seed/scale/scale-folder';
import { replayDemand } from './demand-replay';
import { FIGURE_SOURCES, SOURCE_NAMES } from '../../../server/figures/figure-sources';
import { fetchAll } from '../../../server/db/paging';

const root = path.resolve(__dirname, '../../..');
const NOW = new Date();
const HOUR = 3_600_000;
let dir: string;
let cloud: LocalCloud;
const all: Record<string, any[]> = {};
const byId = (collection: string) => new Map(all[collection].map((d) => [d._id, d]));
const iso = (d: Date | string) => new Date(d).toISOString();
const failures = (records: any[], check: (r: any) => Array<string | null | undefined> | string | null | undefined) =>
  records.flatMap((r) => [check(r)].flat().filter(Boolean).map((p) => `${r._id}: ${p}`)).slice(0, 10);
const parsed = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? null : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'scale-'));
  writeScaleFolder(0.05, path.join(dir, 'data'), NOW);
  cloud = new LocalCloud({ dataDir: path.join(dir, 'data'), functionsDir: path.join(root, 'cloudfunctions') });
  // One aggregate per collection reads it whole through the SDK, as the app's own reads decode it.
  for (const name of ['users', 'units', 'departments', 'enterprises', 'contacts', 'demands', 'reports', 'research_visits', 'policies', 'promotions', 'proposals', 'handover_tasks', 'audit_log', 'binding_codes', 'calendar_overrides']) {
    all[name] = await cloud.run(async () => ((await (cloud.database().collection(name).aggregate() as any).match({}).end()) as { list: any[] }).list);
  }
}, 120_000);

afterAll(() => {
  cloud?.close();
  rmSync(dir, { recursive: true, force: true });
});

const overrides = () => Object.fromEntries(all.calendar_overrides.map((c) => [c._id, c.working]));

test('every collection the app reads holds data, dates come back as dates', () => {
  for (const [name, docs] of Object.entries(all)) expect([name, docs.length > 0]).toEqual([name, true]);
  expect(all.demands[0].createdAt).toBeInstanceOf(Date);
  expect(all.enterprises.length).toBeGreaterThanOrEqual(300);
});

test('accounts pass the account contracts and point at existing units, departments and stewards', () => {
  const users = byId('users');
  const units = byId('units');
  expect(new Set(all.users.filter((u) => u.openid).map((u) => u.openid)).size).toBe(all.users.filter((u) => u.openid).length);
  expect(
    failures(all.users, (u) => {
      if (u.role === 'enterprise') return [parsed(accountBindInput, { code: 'ABCD2345', name: u.name, phone: u.phone }), byId('enterprises').has(u.enterpriseId) ? null : 'no enterprise'];
      const link = u.role === 'department' ? { departmentId: u.departmentId } : u.role === 'liaison' ? { stewardId: u.stewardId } : u.unitId ? { unitId: u.unitId } : {};
      return [
        parsed(accountCreateInput, { role: u.role, name: u.name, phone: u.phone, ...link }),
        u.unitId && !units.has(u.unitId) ? 'unknown unit' : null,
        u.role === 'liaison' && users.get(u.stewardId)?.role !== 'steward' ? 'liaison without steward' : null,
      ];
    }),
  ).toEqual([]);
});

test('enterprises pass the enterprise contract, units stay within 10 per steward, latest contact and visit match the contacts', () => {
  const users = byId('users');
  const latest = new Map<string, { contact: number; visit: number }>();
  for (const c of all.contacts) {
    const l = latest.get(c.enterpriseId) ?? { contact: 0, visit: 0 };
    l.contact = Math.max(l.contact, c.at.getTime());
    if (c.type === '上门走访') l.visit = Math.max(l.visit, c.at.getTime());
    latest.set(c.enterpriseId, l);
  }
  expect(new Set(all.enterprises.map((e) => e.creditCode)).size).toBe(all.enterprises.length);
  expect(
    failures(all.enterprises, (e) => {
      const steward = users.get(e.stewardId);
      return [
        parsed(enterpriseCreateInput, { name: e.name, creditCode: e.creditCode, industry: e.industry, address: e.address, unitId: e.unitId, tags: e.tags, contactCadenceDays: e.contactCadenceDays, visitCadenceDays: e.visitCadenceDays }),
        e.preferences ? parsed(preferencesInput, e.preferences) : null,
        steward?.role === 'steward' && steward.unitId === e.unitId && steward.name === e.stewardName ? null : 'steward not of its unit',
        e.lastContactAt?.getTime() === (latest.get(e._id)?.contact || undefined) ? null : 'lastContactAt is not the latest contact',
        e.lastVisitAt?.getTime() === (latest.get(e._id)?.visit || undefined) ? null : 'lastVisitAt is not the latest visit',
      ];
    }),
  ).toEqual([]);
  for (const unit of all.units) {
    const stewards = all.users.filter((u) => u.role === 'steward' && u.unitId === unit._id && u.status === 'active').length;
    const assignedEnterprises = all.enterprises.filter((e) => e.unitId === unit._id && e.status === 'active' && e.stewardId).length;
    expect([unit._id, wouldExceedUnitAverage({ stewards, assignedEnterprises }, 0)]).toEqual([unit._id, false]);
  }
});

test("contacts pass contact.record's contract, sit with the enterprise's steward and were recorded in its unit", () => {
  const users = byId('users');
  const enterprises = byId('enterprises');
  expect(
    failures(all.contacts, (c) => {
      const recorder = users.get(c.recordedBy);
      const input = { enterpriseId: c.enterpriseId, type: c.type, at: iso(c.at), who: c.who, topics: c.topics, outcome: c.outcome, nextStep: c.nextStep, demandIds: c.demandIds,
        ...(c.checkIn ? { checkIn: { at: iso(c.checkIn.at), latitude: c.checkIn.latitude, longitude: c.checkIn.longitude, photoFileIds: c.checkIn.photoFileIds } } : {}) };
      return [
        parsed(contactRecordInput, input),
        // The record follows the enterprise's current steward; who recorded it stays (a former steward, a liaison).
        enterprises.get(c.enterpriseId)?.unitId === c.unitId && enterprises.get(c.enterpriseId)?.stewardId === c.stewardId ? null : 'not with the enterprise or its steward',
        recorder && ['steward', 'liaison'].includes(recorder.role) && recorder.unitId === c.unitId && recorder.name === c.recordedByName ? null : 'recorded by someone outside its unit',
        c.createdAt.getTime() >= c.at.getTime() - 600_000 && c.createdAt <= NOW ? null : 'recorded before it happened',
      ];
    }),
  ).toEqual([]);
});

test('demands: the submit contract, every step allowed by the machine in the state it was taken, deadlines as the rules compute them, supervision up to date', () => {
  const enterprises = byId('enterprises');
  const lastRun = Math.floor(NOW.getTime() / HOUR) * HOUR;
  const statuses = new Set(all.demands.map((d) => d.status));
  expect([...statuses].sort()).toEqual(expect.arrayContaining(['accepted', 'closed', 'resolved', 'submitted', 'withdrawn']));
  expect(
    failures(all.demands, (d) => {
      const e = enterprises.get(d.enterpriseId);
      return [
        parsed(demandSubmitInput, { category: d.category, title: d.title, description: d.description, urgency: d.urgency, attachments: d.attachments }),
        ...(d.ratings ?? []).map((r: any) => parsed(stepInputs.rate, { id: d._id, version: 1, resolved: r.resolved, satisfaction: r.satisfaction, comment: r.comment })),
        e && e.unitId === d.unitId && e.stewardId === d.stewardId && e.stewardName === d.stewardName ? null : 'enterprise, unit or steward out of step',
        ...replayDemand(d, overrides(), lastRun),
      ];
    }),
  ).toEqual([]);
});

test('reports, research visits, policies, promotions and proposals pass their contracts and rules', () => {
  const policies = byId('policies');
  const enterprisesByCode = new Map(all.enterprises.map((e) => [e.creditCode, e]));
  expect(
    failures(all.reports, (r) => {
      const out = reportCreateInput.safeParse({ category: r.category, enterpriseId: r.enterpriseId, fields: r.fields });
      if (!out.success) return parsed(reportCreateInput, { category: r.category, enterpriseId: r.enterpriseId, fields: r.fields });
      const risk = reportRisk(r.category, r.fields);
      return [JSON.stringify(out.data.fields) === JSON.stringify(r.fields) ? null : 'fields not as the contract stores them', r.summary === reportSummary(r.category, r.fields) ? null : 'summary', r.risk === !!risk && r.riskReason === (risk ?? undefined) ? null : 'risk flag'];
    }),
  ).toEqual([]);
  expect(
    failures(all.research_visits, (v) => [
      parsed(researchRecordInput, { enterpriseId: v.enterpriseId, date: v.date, leaders: v.leaders, accompanying: v.accompanying, topics: v.topics, promises: v.promises.map(({ content, owner, dueDate }: any) => ({ content, owner, dueDate })) }),
      ...v.promises.filter((p: any) => p.status === 'closed').map((p: any) => parsed(researchClosePromiseInput, { visitId: v._id, promiseId: p.id, outcome: p.outcome })),
      v.openPromises === v.promises.filter((p: any) => p.status === 'open').length ? null : 'openPromises',
      v.followUpDueAt.getTime() === workingDayDeadline(new Date(`${v.date}T12:00:00+08:00`), RESEARCH_FOLLOW_UP_WORKING_DAYS, overrides()).getTime() ? null : 'followUpDueAt',
    ]),
  ).toEqual([]);
  expect(failures(all.policies, (p) => parsed(policyCreateInput, { title: p.title, summary: p.summary, issuer: p.issuer, validFrom: p.validFrom, validTo: p.validTo, industries: p.industries, tags: p.tags }))).toEqual([]);
  expect(
    failures(all.promotions, (p) => [parsed(policyPromoteInput, { policyId: p.policyId, enterpriseId: p.enterpriseId, intendsToApply: p.intendsToApply, note: p.note }), policies.get(p.policyId)?.title === p.policyTitle ? null : 'policy']),
  ).toEqual([]);
  expect(
    failures(all.proposals, (p) => {
      const input = p.kind === 'add' ? { kind: 'add', name: p.enterpriseName, creditCode: p.creditCode, industry: p.industry, address: p.address, reason: p.reason } : { kind: 'remove', enterpriseId: p.enterpriseId, reason: p.reason };
      const joined = enterprisesByCode.get(p.creditCode);
      return [
        parsed(proposalCreateInput, input),
        p.status === 'approved' && p.kind === 'add' && joined?.createdAt.getTime() !== p.decidedAt.getTime() ? 'approved addition did not join then' : null,
        p.status === 'approved' && p.kind === 'remove' && joined?.status !== 'removed' ? 'approved removal left it active' : null,
      ];
    }),
  ).toEqual([]);
});

test('handover tasks: due in 3 working days, done by the first contact of the new steward after the handover', () => {
  const contacts = byId('contacts');
  expect(
    failures(all.handover_tasks, (t) => {
      const done = t.completedByContactId && contacts.get(t.completedByContactId);
      return [
        t.dueAt.getTime() === handoverDeadline(t.createdAt, overrides()).getTime() ? null : 'dueAt',
        !t.completedByContactId || (done && done.enterpriseId === t.enterpriseId && done.stewardId === t.toStewardId && done.at >= t.createdAt) ? null : 'completed by an unrelated contact',
      ];
    }),
  ).toEqual([]);
});

test('a figure source that reads only some fields (evidence lists, the month rebuild) evaluates every record as it does the whole record', async () => {
  for (const name of SOURCE_NAMES.filter((n) => FIGURE_SOURCES[n].reads)) {
    const source = FIGURE_SOURCES[name];
    const read = await cloud.run(() => fetchAll<any>(cloud.database(), cloud.database().collection(name), {}, source.reads));
    const whole = byId(name);
    const counted = read.filter((d) => d.factsAt);
    expect(counted.length).toBe(all[name].filter((d) => d.factsAt).length);
    // The records exercise each optional field the evaluation reads.
    if (name === 'demands') {
      for (const field of ['ratings', 'extensions', 'returnedBy', 'escalatedAt', 'closeReason', 'complexity', 'resolvedAt', 'departmentId']) expect([field, counted.some((d) => d[field] !== undefined)]).toEqual([field, true]);
    }
    const calendar = overrides();
    const differing = counted.filter((d) => {
      const at = new Date(d.factsAt);
      return JSON.stringify(source.evaluate(d, at, calendar)) !== JSON.stringify(source.evaluate(whole.get(d._id), at, calendar));
    });
    expect([name, differing.map((d) => d._id).slice(0, 5)]).toEqual([name, []]);
  }
});

test('audit entries name a real actor in their role and a real action, and point at existing records', async () => {
  const users = byId('users');
  const actions = new Set((await apiActions.all()).map((a) => a.name));
  const records: Record<string, Map<string, unknown>> = Object.fromEntries(Object.keys(all).map((c) => [c, byId(c)]));
  expect(
    failures(all.audit_log, (a) => {
      if (a.actorId === 'cron') return a.action.startsWith('cron.') && a.recordId === '*' ? null : 'cron entry';
      return [
        users.get(a.actorId)?.role === a.actorRole ? null : 'actor',
        actions.has(a.action) ? null : `unknown action ${a.action}`,
        a.recordId === '*' || records[a.collection]?.has(a.recordId) || a.action === 'handover.create' ? null : `no ${a.collection} ${a.recordId}`,
      ];
    }),
  ).toEqual([]);
});

test('demo identities sign in and their homes and lists work on the scaled data', async () => {
  const call = (openid: string, action: string, input: object = {}) => cloud.invoke('api', { action, input }, { openid }) as Promise<any>;
  const homes: Array<[string, string, Array<[string, object?]>]> = [
    ['ent-001', 'enterprise', [['demand.list', { pageSize: 20 }], ['policy.list', { pageSize: 3 }], ['contact.list']]],
    ['steward-01', 'steward', [['enterprise.list', { pageSize: 50 }], ['demand.counts'], ['cadence.list', { pageSize: 50 }], ['handover.tasks', { pageSize: 50 }], ['enterprise.profile', { id: 'ent-001' }]]],
    ['liaison-01', 'liaison', [['enterprise.list', { pageSize: 50 }], ['cadence.list']]],
    ['unit-admin-z01', 'unit_admin', [['dashboard.unit'], ['demand.counts'], ['research.list', { openOnly: true, pageSize: 50 }], ['report.list', { riskOnly: true, pageSize: 50 }]]],
    ['dept-01', 'department', [['demand.counts'], ['demand.list', { status: 'accepted' }]]],
    ['district-01', 'district_admin', [['dashboard.district'], ['demand.counts'], ['audit.list'], ['enterprise.list', { keyword: '上海' }]]],
  ];
  for (const [openid, role, calls] of homes) {
    const me = await call(openid, 'session.me');
    expect([openid, me.ok && me.data.user?.role]).toEqual([openid, role]);
    for (const [action, input] of calls) {
      const reply = await call(openid, action, input);
      expect([openid, action, reply.ok]).toEqual([openid, action, true]);
    }
  }
  const mine = await call('ent-001', 'demand.list', { pageSize: 50 });
  expect(mine.data.items.length).toBeGreaterThan(3);
  expect(mine.data.items.every((d: any) => d.enterpriseId === 'ent-001')).toBe(true);
}, 60_000);

test('a demand submitted on the scaled data is dispatched by its steward and accepted by the department', async () => {
  const call = async (openid: string, action: string, input: object) => {
    const reply = (await cloud.invoke('api', { action, input }, { openid })) as any;
    if (!reply.ok) throw new Error(`${action}: ${reply.error.message}`);
    return reply.data;
  };
  const { id } = await call('ent-001', 'demand.submit', { category: '融资', title: '扩产融资对接', description: '希望对接产业基金，用于新产线建设。' });
  await call('steward-01', 'demand.dispatch', { id, version: 1, departmentId: 'dept-07', complexity: 'simple' });
  const accepted = await call('dept-07', 'demand.accept', { id, version: 2 });
  expect(accepted.status).toBe('accepted');
  const detail = await call('ent-001', 'demand.get', { id });
  expect(detail.timeline.map((e: any) => e.kind)).toEqual(['submitted', 'dispatched', 'accepted']);
});
