/**
 * Field work per enterprise over its year: key-information reports (with their risk flags as
 * report.create sets them), leader research visits with promises and follow-ups, and policy
 * promotions of policies that matched the enterprise when it was told.
 */
import { REPORT_CATEGORIES, type ReportCategory } from '../../../src/core/contracts/fieldwork.fields';
import { policyMatches } from '../../../src/core/fieldwork/policy.rules';
import { reportRisk, reportSummary } from '../../../src/core/fieldwork/report.rules';
import { RESEARCH_FOLLOW_UP_WORKING_DAYS } from '../../../src/core/fieldwork/research.rules';
import { addCalendarDays } from '../../../src/core/time/shanghai';
import type { PolicyDoc, PromotionDoc, ReportDoc, ResearchPromiseDoc, ResearchVisitDoc } from '../../../server/db/documents';
import { DAY, HOUR } from './clock';
import { recorderAt, type HistoryEnv } from './history-contacts';
import { reportFieldsFor } from './report-fields';
import { RATES } from './scale-plan';
import type { EnterpriseLife } from './scale-org';
import * as words from './vocabulary';

/** Moments spread over the enterprise's year, about `perYear` of them. */
const moments = (env: HistoryEnv, e: EnterpriseLife, perYear: number): number[] => {
  const years = (e.to - e.from) / (365 * DAY);
  const expected = perYear * years;
  let n = Math.floor(expected) + (env.rng.chance(expected % 1) ? 1 : 0);
  const out: number[] = [];
  while (n-- > 0) out.push(env.clock.afterOfficeHours(env.rng.between(e.from, e.to), env.rng.between(0, 8)));
  return out.filter((t) => t < Math.min(e.to, env.clock.now)).sort((a, b) => a - b);
};

export const generateReports = (env: HistoryEnv, e: EnterpriseLife, write: (r: ReportDoc) => void): void => {
  for (const at of moments(env, e, RATES.reports)) {
    const category: ReportCategory = env.rng.chance(0.05) ? '企业迁入迁出' : env.rng.pick(REPORT_CATEGORIES);
    const fields = reportFieldsFor(env.rng, category, env.clock.dateOf(at));
    const risk = reportRisk(category, fields);
    const { steward, recorder, credited } = recorderAt(env, e, at);
    const doc: ReportDoc = {
      _id: env.rng.hexId(), enterpriseId: e.doc._id, enterpriseName: e.doc.name, unitId: e.doc.unitId, stewardId: steward._id, creditedStewardId: credited._id, category, fields,
      summary: reportSummary(category, fields), risk: !!risk, ...(risk ? { riskReason: risk } : {}), reportedBy: recorder._id, reportedByName: recorder.name, createdAt: new Date(at),
    };
    write(doc);
    env.audit({ at: new Date(at + 30), actorId: recorder._id, actorRole: recorder.role, action: 'report.create', collection: 'reports', recordId: doc._id, summary: `报送「${e.doc.name}」${category}：${doc.summary}` });
  }
};

export const generateResearchVisits = (env: HistoryEnv, e: EnterpriseLife, write: (v: ResearchVisitDoc) => void): void => {
  const { rng, clock } = env;
  for (const visitAt of moments(env, e, RATES.researchVisits)) {
    const date = clock.dateOf(visitAt);
    const createdAt = Math.min(clock.dayStart(date) + rng.between(17, 40) * HOUR, clock.now - 60_000);
    const steward = env.org.stewardOf(e, createdAt);
    const serving = env.org.byId.get(e.doc.stewardId)!;
    const unitAdmin = env.org.unitAdminOf.get(e.doc.unitId);
    const promises: ResearchPromiseDoc[] = Array.from({ length: rng.int(0, 3) }, () => {
      const dueDate = addCalendarDays(date, rng.int(10, 60));
      const closedAt = clock.afterWorkingDays(createdAt, rng.between(3, 40));
      const closed = closedAt < clock.now && rng.chance(0.8);
      const closer = unitAdmin && rng.chance(0.3) ? unitAdmin : env.org.stewardOf(e, closedAt);
      return {
        id: rng.hexId().slice(0, 12), content: rng.pick(words.PROMISE_CONTENTS), owner: rng.pick(words.PROMISE_OWNERS), dueDate, status: closed ? 'closed' : 'open',
        ...(closed ? { outcome: rng.pick(words.PROMISE_OUTCOMES), closedAt: new Date(closedAt), closedBy: closer._id } : {}),
      };
    });
    const followUpDueAt = clock.deadline(Date.parse(`${date}T12:00:00+08:00`), RESEARCH_FOLLOW_UP_WORKING_DAYS);
    const followUpAt = clock.afterWorkingDays(createdAt, rng.between(1, 9.5));
    const followedUp = followUpAt < clock.now && rng.chance(0.9);
    const visit: ResearchVisitDoc = {
      _id: rng.hexId(), enterpriseId: e.doc._id, enterpriseName: e.doc.name, unitId: e.doc.unitId, stewardId: serving._id, date,
      leaders: rng.pick(words.RESEARCH_LEADERS), accompanying: rng.chance(0.8) ? '区科经委、属地管理局' : '', topics: rng.pick(words.RESEARCH_TOPICS),
      promises, openPromises: promises.filter((p) => p.status === 'open').length, followUpDueAt,
      ...(followedUp ? { followUpAt: new Date(followUpAt), followUpNote: rng.pick(words.FOLLOW_UP_NOTES) } : {}),
      createdBy: steward._id, createdAt: new Date(createdAt),
    };
    write(visit);
    env.audit({ at: new Date(createdAt + 30), actorId: steward._id, actorRole: 'steward', action: 'research.record', collection: 'research_visits', recordId: visit._id, summary: `记录${visit.leaders}调研「${e.doc.name}」，承诺事项 ${promises.length} 项` });
    for (const p of promises.filter((x) => x.closedAt)) {
      const closer = env.org.byId.get(p.closedBy!)!;
      env.audit({ at: p.closedAt!, actorId: closer._id, actorRole: closer.role, action: 'research.closePromise', collection: 'research_visits', recordId: visit._id, summary: `承诺事项「${p.content}」办结：${p.outcome}` });
    }
    if (visit.followUpAt) {
      const by = env.org.stewardOf(e, followUpAt);
      env.audit({ at: visit.followUpAt, actorId: by._id, actorRole: 'steward', action: 'research.followUp', collection: 'research_visits', recordId: visit._id, summary: `调研回访「${e.doc.name}」：${visit.followUpNote}` });
    }
  }
};

export const generatePromotions = (env: HistoryEnv, e: EnterpriseLife, policies: PolicyDoc[], write: (p: PromotionDoc) => void): void => {
  for (const at of moments(env, e, RATES.promotions)) {
    const date = env.clock.dateOf(at);
    const matching = policies.filter((p) => p.createdAt.getTime() <= at && policyMatches(p, e.doc, date));
    if (!matching.length) continue;
    const policy = env.rng.pick(matching);
    const { steward, recorder, credited } = recorderAt(env, e, at);
    const intends = env.rng.chance(0.4);
    const doc: PromotionDoc = {
      _id: env.rng.hexId(), policyId: policy._id, policyTitle: policy.title, enterpriseId: e.doc._id, enterpriseName: e.doc.name, unitId: e.doc.unitId, stewardId: steward._id, creditedStewardId: credited._id,
      intendsToApply: intends, note: intends ? '企业计划今年申报' : env.rng.pick(['', '暂不符合条件']), recordedBy: recorder._id, recordedByName: recorder.name, createdAt: new Date(at),
    };
    write(doc);
    env.audit({ at: new Date(at + 30), actorId: recorder._id, actorRole: recorder.role, action: 'policy.promote', collection: 'promotions', recordId: doc._id, summary: `向「${e.doc.name}」宣讲「${policy.title}」，${intends ? '有意申报' : '暂无申报意向'}` });
  }
};
