/**
 * The load test's mix: what many demo identities do at once, by weight. Reads dominate (homes,
 * lists, counts), one call in seven writes (a demand submitted, a contact recorded, a report sent).
 */
import { DEMAND_CATEGORIES, type DemandCategory } from '../../src/core/demand/demand.model';
import { DEMAND_CLOSINGS, DEMAND_TITLES } from '../../local-cloud/seed/demo-demands';

export interface Call {
  openid: string;
  action: string;
  input: object;
}

export interface Crowd {
  enterprises: string[];
  stewards: string[];
  unitAdmins: string[];
  departments: string[];
  district: string;
  /** Enterprises each steward serves (for their writes). */
  servedBy: Map<string, string[]>;
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
const id = () => Math.random().toString(36).slice(2, 14);

type Maker = [weight: number, make: (c: Crowd) => Call];

/**
 * A demand as enterprises write them, from the texts the demo and the scale generator use: a few
 * dozen subjects, each asked again and again in other closing words, so submissions meet the
 * similar-demand groups real ones meet (one text repeated would put every submission in one group).
 */
const demandInput = () => {
  const category = pick([...DEMAND_CATEGORIES] as DemandCategory[]);
  const title = pick(DEMAND_TITLES[category]);
  return { category, title, description: `${title}，${pick(DEMAND_CLOSINGS)}`, clientRequestId: `load-${id()}` };
};

const MIX: Maker[] = [
  [18, (c) => ({ openid: pick(c.enterprises), action: 'demand.list', input: { page: 1, pageSize: 20 } })],
  [5, (c) => ({ openid: pick(c.enterprises), action: 'session.me', input: {} })],
  [5, (c) => ({ openid: pick(c.enterprises), action: 'policy.list', input: { page: 1, pageSize: 3 } })],
  [5, (c) => ({ openid: pick(c.enterprises), action: 'contact.list', input: {} })],
  [10, (c) => ({ openid: pick(c.stewards), action: 'enterprise.list', input: { page: 1, pageSize: 50 } })],
  [5, (c) => ({ openid: pick(c.stewards), action: 'cadence.list', input: { page: 1, pageSize: 50 } })],
  [5, (c) => ({ openid: pick(c.stewards), action: 'demand.counts', input: {} })],
  [5, (c) => ({ openid: pick(c.stewards), action: 'demand.list', input: { status: 'submitted' } })],
  [4, (c) => ({ openid: pick(c.stewards), action: 'handover.tasks', input: { state: 'overdue', page: 1, pageSize: 50 } })],
  [3, (c) => ({ openid: pick(c.unitAdmins), action: 'dashboard.unit', input: {} })],
  [4, (c) => ({ openid: pick(c.departments), action: 'demand.counts', input: {} })],
  [4, (c) => ({ openid: pick(c.departments), action: 'demand.list', input: { status: 'accepted' } })],
  [3, (c) => ({ openid: c.district, action: 'demand.list', input: {} })],
  [2, (c) => ({ openid: c.district, action: 'audit.list', input: {} })],
  [5, (c) => ({ openid: pick(c.enterprises), action: 'demand.submit', input: demandInput() })],
  [7, (c) => {
    const steward = pick([...c.servedBy.keys()]);
    const enterpriseId = pick(c.servedBy.get(steward)!);
    return { openid: steward, action: 'contact.record', input: { enterpriseId, type: '电话', at: new Date().toISOString(), who: '总经理', topics: '了解近期经营情况', outcome: '企业运行平稳' } };
  }],
  [3, (c) => {
    const steward = pick([...c.servedBy.keys()]);
    return { openid: steward, action: 'report.create', input: { category: '所处行业发展动态', enterpriseId: pick(c.servedBy.get(steward)!), fields: { trend: '下游需求回暖，订单增加', impact: '利好' } } };
  }],
];

const TOTAL = MIX.reduce((s, [w]) => s + w, 0);
export const WRITE_ACTIONS = new Set(['demand.submit', 'contact.record', 'report.create']);

export const nextCall = (crowd: Crowd): Call => {
  let r = Math.random() * TOTAL;
  for (const [weight, make] of MIX) {
    if ((r -= weight) < 0) return make(crowd);
  }
  return MIX[0][1](crowd);
};
