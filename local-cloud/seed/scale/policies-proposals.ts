/**
 * District-wide policies published over two years, and each unit's proposals to add or remove
 * enterprises: an approved addition is where one of the unit's new enterprises came from, an
 * approved removal ends an enterprise's history (proposal.decide's effects).
 */
import { addCalendarDays } from '../../../src/core/time/shanghai';
import type { PolicyDoc, ProposalDoc } from '../../../server/db/documents';
import { DEPARTMENTS, INDUSTRIES } from '../pudong';
import { DAY } from './clock';
import type { HistoryEnv } from './history-contacts';
import { policyCount, RATES } from './scale-plan';
import * as words from './vocabulary';

export const generatePolicies = (env: HistoryEnv, scale: number): PolicyDoc[] => {
  const { rng, clock } = env;
  const district = env.org.district;
  return Array.from({ length: policyCount(scale) }, (_, i) => {
    const [theme, gist] = rng.pick(words.POLICY_THEMES);
    const industries = rng.chance(0.4) ? [] : rng.sample(INDUSTRIES, rng.chance(0.7) ? 1 : 2);
    const createdAt = clock.afterOfficeHours(clock.now - rng.between(5, 720) * DAY, 0);
    const validFrom = clock.dateOf(createdAt);
    const doc: PolicyDoc = {
      _id: rng.hexId(), title: `浦东新区${industries[0] ?? ''}${theme}实施细则（第 ${i + 1} 号）`, summary: `${gist}，单个企业年度最高 ${rng.int(1, 20) * 100} 万元。`,
      issuer: rng.pick(['区科经委', ...DEPARTMENTS.slice(1, 9).map((d) => d.name)]), validFrom, validTo: addCalendarDays(validFrom, rng.int(180, 720)),
      industries, tags: rng.chance(0.2) ? ['专精特新'] : [], createdBy: district._id, createdAt: new Date(createdAt),
    };
    env.audit({ at: new Date(createdAt + 30), actorId: district._id, actorRole: 'district_admin', action: 'policy.create', collection: 'policies', recordId: doc._id, summary: `发布政策「${doc.title}」` });
    return doc;
  });
};

export const generateProposals = (env: HistoryEnv): ProposalDoc[] => {
  const { rng, clock, org } = env;
  const proposals: ProposalDoc[] = [];
  const decide = (p: ProposalDoc, at: number, approve: boolean, reason = '') => {
    Object.assign(p, { status: approve ? 'approved' : 'rejected', decisionReason: reason, decidedBy: org.district._id, decidedAt: new Date(at) });
    env.audit({ at: new Date(at + 30), actorId: org.district._id, actorRole: 'district_admin', action: 'proposal.decide', collection: 'proposals', recordId: p._id, summary: `${approve ? '批准' : '驳回'}${p.kind === 'add' ? '增补' : '移出'}「${p.enterpriseName}」${reason ? `：${reason}` : ''}` });
  };
  for (const unit of org.units) {
    const admin = org.unitAdminOf.get(unit._id);
    const lives = org.lives.filter((l) => l.doc.unitId === unit._id && !l.demo);
    if (!admin || !lives.length) continue;
    const expected = (lives.length / 50) * RATES.proposalsPer50 * 6;
    const born = rng.sample(lives.filter((l) => l.doc.createdAt.getTime() > clock.now - 330 * DAY), Math.round(expected * 0.4));
    const removed = rng.sample(lives.filter((l) => l.doc.createdAt.getTime() < clock.now - 400 * DAY && !l.handover), Math.round(expected * 0.15));
    const propose = (p: Omit<ProposalDoc, '_id' | 'unitId' | 'status' | 'createdBy'>): ProposalDoc => {
      const doc: ProposalDoc = { _id: rng.hexId(), unitId: unit._id, status: 'pending', createdBy: admin._id, ...p };
      proposals.push(doc);
      env.audit({ at: new Date(doc.createdAt.getTime() + 30), actorId: admin._id, actorRole: 'unit_admin', action: 'proposal.create', collection: 'proposals', recordId: doc._id, summary: `建议${doc.kind === 'add' ? '增补' : '移出'}企业「${doc.enterpriseName}」` });
      return doc;
    };
    // Approved additions: the enterprise entered the list the moment the district approved it.
    for (const life of born) {
      const decidedAt = life.doc.createdAt.getTime();
      const e = life.doc;
      const p = propose({ kind: 'add', enterpriseName: e.name, creditCode: e.creditCode, industry: e.industry, address: e.address, reason: rng.pick(words.PROPOSAL_ADD_REASONS), createdAt: new Date(decidedAt - rng.between(2, 14) * DAY) });
      decide(p, decidedAt, true);
      Object.assign(e, { tags: [], contactCadenceDays: 30, visitCadenceDays: 90 });
      delete e.location;
    }
    for (const life of removed) {
      const createdAt = clock.afterOfficeHours(clock.now - rng.between(3, 300) * DAY, 0);
      const e = life.doc;
      const p = propose({ kind: 'remove', enterpriseId: e._id, enterpriseName: e.name, creditCode: e.creditCode, reason: rng.pick(words.PROPOSAL_REMOVE_REASONS), createdAt: new Date(createdAt) });
      const decidedAt = clock.afterWorkingDays(createdAt, rng.between(1, 10));
      if (decidedAt >= clock.now) continue;
      const approve = rng.chance(0.7);
      decide(p, decidedAt, approve, approve ? '' : rng.pick(words.REJECT_REASONS));
      if (!approve) continue;
      Object.assign(e, { status: 'removed', removedAt: new Date(decidedAt), removedReason: p.reason });
      life.to = decidedAt;
    }
    // Additions the district turned down or has yet to decide: enterprises that never joined.
    for (let i = Math.round(expected * 0.45); i > 0; i--) {
      const industry = rng.pick(INDUSTRIES);
      const createdAt = clock.afterOfficeHours(clock.now - rng.between(1, 330) * DAY, 0);
      const p = propose({ kind: 'add', enterpriseName: org.enterpriseName(industry), creditCode: org.creditCode(), industry, address: `上海市浦东新区张江路${rng.int(1, 2000)}号`, reason: rng.pick(words.PROPOSAL_ADD_REASONS), createdAt: new Date(createdAt) });
      const decidedAt = clock.afterWorkingDays(createdAt, rng.between(1, 10));
      if (decidedAt < clock.now) decide(p, decidedAt, false, rng.pick(words.REJECT_REASONS));
    }
  }
  return proposals;
};
