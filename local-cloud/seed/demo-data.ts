import { creditCodeCheckChar } from '../../src/core/credit-code';
import { DEMAND_CATEGORIES } from '../../src/core/demand/demand.model';
import { workingDayDeadline } from '../../src/core/time/working-days';
import type { BindingCodeDoc, CalendarOverrideDoc, ContactDoc, ProposalDoc, DemandDoc, DepartmentDoc, EnterpriseDoc, HandoverTaskDoc, PolicyDoc, PromotionDoc, ReportDoc, ResearchVisitDoc, UnitDoc, UserDoc, SpotCheckItemDoc } from '../../server/db/documents';
import { DEPARTMENTS, GIVEN, INDUSTRIES, NAME_SUFFIXES, NAME_WORDS, PUDONG_UNITS, SURNAMES } from './pudong';
import { seededRandom } from './random';
import { demoDemands } from './demo-demands';
import { demoOrg } from './demo-org';
import { demoContacts, demoPolicies, demoPromotions, demoReports, demoResearchVisits, withContactHistory } from './demo-fieldwork';

export interface DemoData {
  units: UnitDoc[];
  departments: DepartmentDoc[];
  users: UserDoc[];
  enterprises: EnterpriseDoc[];
  demands: DemandDoc[];
  binding_codes: BindingCodeDoc[];
  handover_tasks: HandoverTaskDoc[];
  calendar_overrides: CalendarOverrideDoc[];
  proposals: ProposalDoc[];
  reports: ReportDoc[];
  research_visits: ResearchVisitDoc[];
  policies: PolicyDoc[];
  promotions: PromotionDoc[];
  contacts: ContactDoc[];
  /** None: the weekly spot check draws them from the contacts (the morning timer, or the demo's first Monday). */
  spot_check_items: SpotCheckItemDoc[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Stewards per unit (40 in all). 张江管理局's four stewards serve 39 enterprises: an average of
 * 9.75, just under the limit of 10, so the next assignment there is refused.
 */
const STEWARDS_PER_UNIT: Record<string, number> = {
  'unit-z01': 4, 'unit-z02': 4, 'unit-z03': 3, 'unit-z04': 3, 'unit-z05': 2, 'unit-z06': 2,
  'unit-s02': 2, 'unit-s12': 2, 'unit-s01': 1, 'unit-s09': 1, 'unit-s04': 1,
  'unit-t01': 2, 'unit-t10': 2, 'unit-t11': 2, 'unit-t16': 2, 'unit-t24': 2, 'unit-t13': 1,
  'unit-t18': 1, 'unit-t12': 1, 'unit-t07': 1, 'unit-t03': 1,
};
const NEAR_LIMIT_UNIT = 'unit-z02';

export const buildDemoData = (now: Date): DemoData => {
  const rng = seededRandom(20240524);
  const personName = () => rng.pick([...SURNAMES]) + rng.pick(GIVEN);
  const daysAgo = (days: number, hour = 10) => new Date(now.getTime() - days * 86400000 - (10 - hour) * 3600000);
  const users: UserDoc[] = [];
  const enterprises: EnterpriseDoc[] = [];
  const usedNames = new Set<string>();

  let stewardNo = 0;
  const stewards: UserDoc[] = [];
  for (const [unitId, count] of Object.entries(STEWARDS_PER_UNIT)) {
    for (let i = 0; i < count; i++) {
      stewardNo++;
      const steward: UserDoc = {
        _id: `u-steward-${pad(stewardNo)}`, openid: `steward-${pad(stewardNo)}`, role: 'steward', name: personName(),
        phone: `1380000${pad(stewardNo, 4)}`, status: 'active', unitId, createdAt: daysAgo(400),
      };
      stewards.push(steward);
    }
  }
  users.push(...stewards);

  const enterpriseName = (industry: string) => {
    for (;;) {
      const name = `上海${rng.pick(NAME_WORDS)}${NAME_SUFFIXES[industry]}有限公司`;
      if (!usedNames.has(name)) return usedNames.add(name), name;
      const alt = `上海${rng.pick(NAME_WORDS)}${rng.pick(NAME_WORDS)}${NAME_SUFFIXES[industry]}有限公司`;
      if (!usedNames.has(alt)) return usedNames.add(alt), alt;
    }
  };
  const creditCode = () => {
    let body = '91310115';
    for (let i = 0; i < 9; i++) body += CODE_CHARS[rng.int(0, 9 + (i < 2 ? 0 : 21))];
    return body + creditCodeCheckChar(body);
  };

  let enterpriseNo = 0;
  for (const steward of stewards) {
    const index = stewards.indexOf(steward);
    // One steward elsewhere serves 11 enterprises: above 10, so the unit screen flags them.
    const count = steward.unitId === NEAR_LIMIT_UNIT ? [10, 10, 9, 10][stewards.filter((s) => s.unitId === NEAR_LIMIT_UNIT).indexOf(steward)] : index === 0 ? 11 : rng.int(6, 9);
    for (let i = 0; i < count; i++) {
      enterpriseNo++;
      const industry = rng.pick(INDUSTRIES);
      enterprises.push({
        _id: `ent-${pad(enterpriseNo, 3)}`, name: enterpriseName(industry), creditCode: creditCode(), industry,
        address: `上海市浦东新区${rng.pick(['张江路', '世纪大道', '金科路', '川桥路', '博霞路', '申江路', '华夏中路', '外高桥路'])}${rng.int(1, 2000)}号`,
        unitId: steward.unitId!, stewardId: steward._id, stewardName: steward.name,
        tags: [industry, rng.pick(['规上企业', '专精特新', '高新技术企业', '外资企业', '总部企业'])],
        location: { latitude: 31.2 + rng.next() * 0.1, longitude: 121.5 + rng.next() * 0.2 },
        contactCadenceDays: 30, visitCadenceDays: 90, status: 'active', createdAt: daysAgo(300),
      });
      users.push({
        _id: `u-ent-${pad(enterpriseNo, 3)}`, openid: `ent-${pad(enterpriseNo, 3)}`, role: 'enterprise', name: personName(),
        phone: `1390000${pad(enterpriseNo, 4)}`, status: 'active', enterpriseId: `ent-${pad(enterpriseNo, 3)}`,
        unitId: steward.unitId, createdAt: daysAgo(200),
      });
    }
  }

  stewards.slice(0, 6).forEach((steward, i) =>
    users.push({ _id: `u-liaison-${pad(i + 1)}`, openid: `liaison-${pad(i + 1)}`, role: 'liaison', name: personName(), status: 'active', unitId: steward.unitId, stewardId: steward._id, createdAt: daysAgo(300) }),
  );
  for (const unitId of Object.keys(STEWARDS_PER_UNIT)) {
    users.push({ _id: `u-unit-admin-${unitId.slice(5)}`, openid: `unit-admin-${unitId.slice(5)}`, role: 'unit_admin', name: personName(), status: 'active', unitId, createdAt: daysAgo(400) });
  }
  DEPARTMENTS.forEach((dept, i) =>
    users.push({ _id: `u-dept-${pad(i + 1)}`, openid: `dept-${pad(i + 1)}`, role: 'department', name: `${dept.name}办理专员`, status: 'active', departmentId: dept._id, createdAt: daysAgo(400) }),
  );
  users.push({ _id: 'u-district-01', openid: 'district-01', role: 'district_admin', name: '区科经委 服务包专班', status: 'active', createdAt: daysAgo(500) });

  const demands = demoDemands({ rng, now, enterprises, users, departments: DEPARTMENTS, categories: DEMAND_CATEGORIES, deadline: workingDayDeadline });
  const org = demoOrg({ now, users, enterprises });
  const field = { rng, now, enterprises: withContactHistory({ rng, now, enterprises, users }), users };
  const policies = demoPolicies(now);
  return {
    units: PUDONG_UNITS, departments: DEPARTMENTS, users: [...users, ...org.pendingUsers], enterprises: field.enterprises, demands,
    binding_codes: org.codes, handover_tasks: org.tasks, calendar_overrides: org.calendar, proposals: org.proposals,
    reports: demoReports(field), research_visits: demoResearchVisits(field), policies, promotions: demoPromotions(field, policies),
    contacts: demoContacts(field), spot_check_items: [],
  };
};
