/**
 * A year of contacts per enterprise (about one every 12 days, a fifth of them on-site visits with a
 * check-in), the enterprise's latest contact and visit kept in step with them, and the handover
 * tasks a steward's first contact after taking an enterprise over completes (contact.record's rule).
 */
import { CONTACT_TYPES } from '../../../src/core/contracts/contact.fields';
import { HANDOVER_CONTACT_WORKING_DAYS } from '../../../src/core/org/handover.rules';
import type { AuditDoc, ContactDoc, ContactType, HandoverTaskDoc, UserDoc } from '../../../server/db/documents';
import { CONTACT_OUTCOMES, CONTACT_TOPICS } from '../demo-fieldwork';
import type { Random } from '../random';
import { DAY, HOUR, type Clock } from './clock';
import type { CronTally } from './cron-tally';
import { RATES } from './scale-plan';
import type { EnterpriseLife, ScaleOrg } from './scale-org';
import { CONTACT_WHO, MORE_OUTCOMES, MORE_TOPICS, NEXT_STEPS } from './vocabulary';

export interface HistoryEnv {
  rng: Random;
  clock: Clock;
  org: ScaleOrg;
  audit: (entry: Omit<AuditDoc, '_id'>) => void;
  tally: CronTally;
  /** Per steward: how often they get in touch, relative to the average. */
  diligence: (stewardId: string) => number;
}

const OTHER_TYPES: ContactType[] = [...CONTACT_TYPES.filter((t) => t !== '上门走访'), '电话', '电话', '短信/微信'];
const TOPICS = [...CONTACT_TOPICS, ...MORE_TOPICS];
const OUTCOMES = [...CONTACT_OUTCOMES, ...MORE_OUTCOMES];

/**
 * Who records for the steward serving the enterprise at `t`: the steward, sometimes their liaison.
 * The record's scope (`steward`) is the steward serving it now: a handover moves an enterprise's
 * records to its new steward (server/db/enterprise-records.ts); the recorder stays who it was.
 */
export const recorderAt = (env: HistoryEnv, e: EnterpriseLife, t: number): { recorder: UserDoc; steward: UserDoc; credited: UserDoc } => {
  const then = env.org.stewardOf(e, t);
  const liaison = env.org.liaisonOf.get(then._id);
  // The figures count the work for the steward serving the enterprise then (creditedStewardId).
  return { steward: env.org.byId.get(e.doc.stewardId)!, credited: then, recorder: liaison && env.rng.chance(0.2) ? liaison : then };
};

export const generateContacts = (env: HistoryEnv, e: EnterpriseLife, write: (c: ContactDoc) => void): ContactDoc | undefined => {
  const { rng, clock } = env;
  const end = Math.min(e.to, e.contactsBefore);
  const mean = (365 / RATES.contacts / env.diligence(e.doc.stewardId)) * DAY;
  let firstAfterHandover: ContactDoc | undefined;
  let lastContact = 0;
  let lastVisit = 0;
  for (let t = e.from + rng.expo(mean); ; t += rng.expo(mean)) {
    // A new steward gets in touch soon after a handover (3 working days), most of the time in time.
    if (e.handover && !firstAfterHandover && t >= e.handover.at) t = clock.afterWorkingDays(e.handover.at, rng.chance(0.85) ? rng.between(0.1, 2.8) : rng.between(3.2, 8));
    const at = clock.afterOfficeHours(t, rng.between(0, 8));
    if (at >= end) break;
    const createdAt = Math.min(at + rng.between(0.1, 6) * HOUR, clock.now - 60_000);
    const visit = rng.chance(RATES.visitShare);
    const type = visit ? '上门走访' : rng.pick(OTHER_TYPES);
    const { steward, recorder, credited } = recorderAt(env, e, createdAt);
    const loc = e.doc.location;
    const offset = rng.between(0.0001, 0.0012);
    const contact: ContactDoc = {
      _id: rng.hexId(), enterpriseId: e.doc._id, enterpriseName: e.doc.name, unitId: e.doc.unitId, stewardId: steward._id, creditedStewardId: credited._id,
      recordedBy: recorder._id, recordedByName: recorder.name, type, at: new Date(at), who: rng.pick(CONTACT_WHO), topics: rng.pick(TOPICS), outcome: rng.pick(OUTCOMES),
      nextStep: rng.pick(NEXT_STEPS), demandIds: [],
      ...(visit ? { checkIn: { at: new Date(at), latitude: (loc?.latitude ?? 31.2) + offset, longitude: loc?.longitude ?? 121.5, distanceMeters: loc ? Math.round(offset * 111_000) : null, photoFileIds: [] } } : {}),
      createdAt: new Date(createdAt), updatedAt: new Date(createdAt),
    };
    const completes = !!e.handover && !firstAfterHandover && at >= e.handover.at && (recorder._id === steward._id || recorder.stewardId === steward._id);
    if (completes) firstAfterHandover = contact;
    write(contact);
    env.audit({ at: new Date(createdAt + 30), actorId: recorder._id, actorRole: recorder.role, action: 'contact.record', collection: 'contacts', recordId: contact._id, summary: `记录与「${e.doc.name}」的${type}联系${completes ? '，完成交接任务 1 项' : ''}` });
    lastContact = Math.max(lastContact, at);
    if (visit) lastVisit = Math.max(lastVisit, at);
    t = at;
  }
  if (!e.demo) {
    if (lastContact) e.doc.lastContactAt = new Date(lastContact);
    if (lastVisit) e.doc.lastVisitAt = new Date(lastVisit);
  }
  return firstAfterHandover;
};

/** The handover task of an enterprise taken over during the year, done by the first contact after it. */
export const handoverTask = (env: HistoryEnv, e: EnterpriseLife, completedBy: ContactDoc | undefined): HandoverTaskDoc => {
  const { clock } = env;
  const h = e.handover!;
  const to = env.org.byId.get(e.doc.stewardId)!;
  const dueAt = clock.deadline(h.at, HANDOVER_CONTACT_WORKING_DAYS);
  const doneAt = completedBy?.createdAt.getTime();
  const run = clock.tickAfter(dueAt.getTime());
  const escalated = run <= clock.lastTick && (doneAt === undefined || doneAt > run);
  if (escalated) env.tally.add('escalateHandoverTasks', run);
  return {
    _id: env.rng.hexId(), handoverId: h.handoverId, enterpriseId: e.doc._id, enterpriseName: e.doc.name, unitId: e.doc.unitId,
    fromStewardId: h.from._id, fromStewardName: h.from.name, toStewardId: to._id, toStewardName: to.name, createdAt: new Date(h.at), dueAt,
    ...(completedBy ? { completedAt: completedBy.createdAt, completedByContactId: completedBy._id } : {}),
    ...(escalated ? { escalatedAt: new Date(run) } : {}),
  };
};
