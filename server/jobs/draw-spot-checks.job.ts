import { randomBytes } from 'node:crypto';
import { drawSpotChecks } from '../../src/core/spot-check/spot-check-sampler';
import { isSpotCheckDay, spotCheckPeriod } from '../../src/core/spot-check/spot-check-calendar';
import { periodContaining } from '../../src/core/figures/periods';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { auditRepo } from '../db/audit.repo';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import type { ContactDoc } from '../db/contact.repo';
import { spotCheckDrawRepo, type SpotCheckDrawDoc } from '../db/spot-check-draw.repo';
import { spotCheckItemRepo, type SpotCheckItemDoc } from '../db/spot-check-item.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import { contactsIn } from '../spot-check/week-contacts';

const INSERT_BATCH = 100;

const itemOf = (week: string, c: ContactDoc, unitNames: Map<string, string>, stewardNames: Map<string, string>): SpotCheckItemDoc => ({
  _id: `${week}:${c._id}`, drawnWeek: week, listWeek: week, carried: 0, unitId: c.unitId, unitName: unitNames.get(c.unitId) ?? c.unitId, contactId: c._id,
  enterpriseId: c.enterpriseId, enterpriseName: c.enterpriseName, stewardId: c.stewardId, stewardName: stewardNames.get(c.stewardId) ?? c.recordedByName,
  contactType: c.type, onsite: c.type === '上门走访', contactAt: c.at, who: c.who, topics: c.topics, status: 'pending', attempts: [],
});

/** Writes the drawn items not written yet (an interrupted draw resumes here). */
const writeItems = async (db: Database, draw: SpotCheckDrawDoc, contacts: ContactDoc[]): Promise<number> => {
  const picked = new Set(draw.units.flatMap((u) => u.picked));
  const chosen = contacts.filter((c) => picked.has(c._id));
  const [units, stewardNames] = await Promise.all([unitRepo.all(db), userRepo.namesOf(db, chosen.map((c) => c.stewardId))]);
  const unitNames = new Map(units.map((u) => [u._id, u.name]));
  const docs = chosen.map((c) => itemOf(draw._id, c, unitNames, stewardNames));
  let written = 0;
  for (let i = 0; i < docs.length; i += INSERT_BATCH) {
    const batch = docs.slice(i, i + INSERT_BATCH);
    const existing = new Set((await spotCheckItemRepo.all(db, { _id: db.command.in(batch.map((d) => d._id)) })).map((d) => d._id));
    const fresh = batch.filter((d) => !existing.has(d._id));
    await spotCheckItemRepo.insertMany(db, fresh);
    written += fresh.length;
  }
  return written;
};

/**
 * The weekly draw (周抽查), on the first working day of each week (src/core/spot-check): the
 * contacts and visits since the last draw, per unit a share with a minimum (visits first), drawn
 * with a fresh seed that is recorded with the picks and audited. The draw document is keyed by
 * the week, so a second firing draws nothing; items left unverified move onto the new list.
 */
export const drawWeeklySpotChecks = async (db: Database, now: Date, seedOf: () => number = () => randomBytes(4).readUInt32BE(0)): Promise<number> => {
  const today = shanghaiDate(now);
  const week = periodContaining('week', today).from;
  const existing = await spotCheckDrawRepo.get(db, week);
  if (existing?.status === 'done') return 0;
  let draw = existing;
  let contacts: ContactDoc[];
  if (!draw) {
    if (!isSpotCheckDay(today, await calendarOverrideRepo.load(db))) return 0;
    const period = spotCheckPeriod(today, (await spotCheckDrawRepo.latest(db))?.to);
    if (!period) return 0;
    contacts = await contactsIn(db, period);
    const drawn = drawSpotChecks(contacts.map((c) => ({ id: c._id, unitId: c.unitId, onsite: c.type === '上门走访' })), seedOf());
    draw = { _id: week, ...period, seed: drawn.seed, algorithm: drawn.algorithm, units: drawn.units, drawnAt: now, status: 'drawing', items: 0, carriedOver: 0 };
    try {
      await spotCheckDrawRepo.insert(db, draw);
    } catch {
      return 0; // another run drew this week in the meantime
    }
  } else {
    contacts = await contactsIn(db, draw);
  }
  await writeItems(db, draw, contacts);
  const carriedOver = await spotCheckItemRepo.carryOver(db, week);
  const items = draw.units.reduce((n, u) => n + u.picked.length, 0);
  if ((await spotCheckDrawRepo.updateWhere(db, { _id: week, status: 'drawing' }, { status: 'done', items, carriedOver })) !== 1) return 0;
  await auditRepo.append(db, {
    at: now, actorId: 'cron', actorRole: 'system', action: 'spotCheck.draw', collection: 'spot_check_draws', recordId: week, outcome: 'ok',
    summary: `周抽查 ${draw.from} 至 ${draw.to}：随机种子 ${draw.seed}，${draw.units.length} 个单位抽取 ${items} 条，顺延 ${carriedOver} 条`,
  });
  return items + carriedOver;
};
