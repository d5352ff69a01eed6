/**
 * The organisation at a scale: the demo's units, accounts and enterprises kept as they are (so
 * every demo identity signs in and works), plus stewards, liaisons, unit admins and enterprises up
 * to the scale's size, each unit's stewards serving at most 10 enterprises on average.
 */
import { creditCodeCheckChar } from '../../../src/core/credit-code';
import type { EnterpriseDoc, UnitDoc, UserDoc } from '../../../server/db/documents';
import type { DemoData } from '../demo-data';
import { GIVEN, INDUSTRIES, NAME_SUFFIXES, NAME_WORDS, SURNAMES } from '../pudong';
import type { Random } from '../random';
import { DAY, type Clock } from './clock';
import { ENTERPRISES_PER_NEW_STEWARD, ENTERPRISES_PER_SCALE, RATES, unitShares } from './scale-plan';
import { MORE_NAME_WORDS } from './vocabulary';

export interface EnterpriseLife {
  doc: EnterpriseDoc;
  demo: boolean;
  /** The enterprise's contact account (submits and rates demands). */
  contact: UserDoc;
  /** History happens in [from, to): from joining the list (at most a year back) to removal or now. */
  from: number;
  to: number;
  /** Demo enterprises keep their demo latest contact and visit: generated contacts come before. */
  contactsBefore: number;
  /** Set when another steward served it until `at`. */
  handover?: { at: number; from: UserDoc; handoverId: string };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WORDS = [...NAME_WORDS, ...MORE_NAME_WORDS];
const ROADS = ['张江路', '世纪大道', '金科路', '川桥路', '博霞路', '申江路', '华夏中路', '外高桥路', '龙阳路', '锦绣路', '金海路', '浦东大道'];
const TAGS = ['规上企业', '专精特新', '高新技术企业', '外资企业', '总部企业'];

export const buildScaleOrg = (rng: Random, clock: Clock, scale: number, demo: DemoData) => {
  const yearAgo = clock.now - 365 * DAY;
  const daysAgo = (d: number) => new Date(clock.now - d * DAY);
  const personName = () => rng.pick([...SURNAMES]) + rng.pick(GIVEN);
  const users = [...demo.users];
  const byId = new Map(users.map((u) => [u._id, u]));
  const contactOf = new Map(users.filter((u) => u.role === 'enterprise').map((u) => [u.enterpriseId!, u]));
  const usedNames = new Set(demo.enterprises.map((e) => e.name));
  const usedCodes = new Set(demo.enterprises.map((e) => e.creditCode));
  const add = (u: UserDoc) => (users.push(u), byId.set(u._id, u), u);
  const bound = (createdAt: Date) => ({ createdAt, boundAt: new Date(createdAt.getTime() + rng.int(1, 5) * DAY) });

  const enterpriseName = (industry: string): string => {
    for (;;) {
      const name = `上海${rng.pick(WORDS)}${rng.pick(WORDS)}${NAME_SUFFIXES[industry]}有限公司`;
      if (!usedNames.has(name)) return usedNames.add(name), name;
    }
  };
  const creditCode = (): string => {
    for (;;) {
      let body = '91310115';
      for (let i = 0; i < 9; i++) body += CODE_CHARS[rng.int(0, 9 + (i < 2 ? 0 : 21))];
      const code = body + creditCodeCheckChar(body);
      if (!usedCodes.has(code)) return usedCodes.add(code), code;
    }
  };

  const lives: EnterpriseLife[] = demo.enterprises.map((doc) => ({
    doc, demo: true, contact: contactOf.get(doc._id)!, from: Math.max(doc.createdAt.getTime(), yearAgo), to: clock.now,
    contactsBefore: Math.min(doc.lastContactAt!.getTime(), doc.lastVisitAt!.getTime()),
  }));

  let stewardNo = users.filter((u) => u.role === 'steward' && u.openid).length;
  let liaisonNo = users.filter((u) => u.role === 'liaison' && u.openid).length;
  let enterpriseNo = demo.enterprises.length;
  const shares = unitShares(demo.units.map((u) => u._id));
  const newStewardsByUnit = new Map<string, UserDoc[]>();

  for (const unit of demo.units) {
    const demoEnterprises = demo.enterprises.filter((e) => e.unitId === unit._id).length;
    const demoStewards = users.filter((u) => u.role === 'steward' && u.unitId === unit._id && u.openid).length;
    const extra = Math.max(0, Math.round(ENTERPRISES_PER_SCALE * scale * shares.get(unit._id)!) - demoEnterprises);
    if (!users.some((u) => u.role === 'unit_admin' && u.unitId === unit._id && u.openid) && (extra > 0 || demoEnterprises > 0)) {
      const code = unit._id.slice(5);
      add({ _id: `u-unit-admin-${code}`, openid: `unit-admin-${code}`, role: 'unit_admin', name: personName(), phone: `137${pad(users.length, 8)}`, status: 'active', unitId: unit._id, ...bound(daysAgo(rng.int(400, 900))) });
    }
    if (extra === 0) continue;
    const stewardCount = Math.max(1, Math.ceil((demoEnterprises + extra) / ENTERPRISES_PER_NEW_STEWARD) - demoStewards);
    const stewards = Array.from({ length: stewardCount }, () => {
      stewardNo++;
      return add({ _id: `u-steward-${pad(stewardNo)}`, openid: `steward-${pad(stewardNo)}`, role: 'steward', name: personName(), phone: `138${pad(stewardNo, 8)}`, status: 'active', unitId: unit._id, ...bound(daysAgo(rng.int(400, 900))) });
    });
    newStewardsByUnit.set(unit._id, stewards);
    for (const steward of stewards) {
      if (!rng.chance(0.15)) continue;
      liaisonNo++;
      add({ _id: `u-liaison-${pad(liaisonNo)}`, openid: `liaison-${pad(liaisonNo)}`, role: 'liaison', name: personName(), phone: `136${pad(liaisonNo, 8)}`, status: 'active', unitId: unit._id, stewardId: steward._id, ...bound(daysAgo(rng.int(200, 600))) });
    }
    // Spread the unit's enterprises over its new stewards: most near the mean, a few over 10 (flagged).
    for (let i = 0; i < extra; i++) {
      const steward = rng.chance(0.1) ? rng.pick(stewards) : stewards[i % stewards.length];
      enterpriseNo++;
      const industry = rng.pick(INDUSTRIES);
      const isNew = rng.chance(RATES.newEnterprises);
      const createdAt = isNew ? daysAgo(rng.between(20, 360)) : daysAgo(rng.between(400, 2000));
      const id = `ent-${pad(enterpriseNo, 3)}`;
      const doc: EnterpriseDoc = {
        _id: id, name: enterpriseName(industry), creditCode: creditCode(), industry,
        address: `上海市浦东新区${rng.pick(ROADS)}${rng.int(1, 2000)}号`, unitId: unit._id, stewardId: steward._id, stewardName: steward.name,
        tags: [industry, rng.pick(TAGS)], location: { latitude: 31.0 + rng.next() * 0.35, longitude: 121.45 + rng.next() * 0.5 },
        contactCadenceDays: rng.chance(0.1) ? 15 : 30, visitCadenceDays: rng.chance(0.1) ? 60 : 90, status: 'active', createdAt,
      };
      const contact = add({ _id: `u-${id}`, openid: id, role: 'enterprise', name: personName(), phone: `139${pad(enterpriseNo, 8)}`, status: 'active', enterpriseId: id, unitId: unit._id, ...bound(new Date(createdAt.getTime() + rng.int(1, 20) * DAY)) });
      lives.push({ doc, demo: false, contact, from: Math.max(createdAt.getTime(), yearAgo), to: clock.now, contactsBefore: clock.now });
    }
  }

  // Some stewards took over enterprises from a colleague of the same unit during the year.
  const handoverBatches: Array<{ handoverId: string; at: number; from: UserDoc; to: UserDoc; unitId: string; enterprises: EnterpriseLife[] }> = [];
  const livesBySteward = new Map<string, EnterpriseLife[]>();
  for (const life of lives) if (!life.demo) livesBySteward.set(life.doc.stewardId, [...(livesBySteward.get(life.doc.stewardId) ?? []), life]);
  for (const [unitId, stewards] of newStewardsByUnit) {
    if (stewards.length < 2) continue;
    for (const to of stewards) {
      if (!rng.chance(RATES.handoverShare)) continue;
      const from = rng.pick(stewards.filter((s) => s !== to));
      const at = clock.afterOfficeHours(clock.now - rng.between(5, 330) * DAY, 0);
      const moved = rng.sample((livesBySteward.get(to._id) ?? []).filter((l) => l.from < at - 5 * DAY), rng.int(1, 4));
      if (!moved.length) continue;
      const handoverId = rng.hexId();
      for (const life of moved) {
        life.handover = { at, from, handoverId };
        life.doc.updatedAt = new Date(at);
      }
      handoverBatches.push({ handoverId, at, from, to, unitId, enterprises: moved });
    }
  }

  const stewardOf = (life: EnterpriseLife, t: number): UserDoc =>
    life.handover && t < life.handover.at ? life.handover.from : byId.get(life.doc.stewardId)!;
  const liaisonOf = new Map(users.filter((u) => u.role === 'liaison' && u.stewardId && u.openid).map((u) => [u.stewardId!, u]));
  const unitAdminOf = new Map(users.filter((u) => u.role === 'unit_admin' && u.openid).map((u) => [u.unitId!, u]));
  const deptUserOf = new Map(users.filter((u) => u.role === 'department' && u.openid).map((u) => [u.departmentId!, u]));
  const district = byId.get('u-district-01')!;
  const lifeOf = new Map(lives.map((l) => [l.doc._id, l]));
  return { users, byId, lives, lifeOf, handoverBatches, stewardOf, liaisonOf, unitAdminOf, deptUserOf, district, units: demo.units as UnitDoc[], creditCode, enterpriseName };
};

export type ScaleOrg = ReturnType<typeof buildScaleOrg>;
