import { ROLES, type Role } from '@/core/roles';
import { DEMO, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * Every action × every role (plus no identity and an unbound WeChat user), generated from the
 * action registry itself, so an action added later is covered without anyone remembering to.
 */
const IDENTITY_OF: Record<Role, string> = {
  enterprise: DEMO.enterprise,
  steward: DEMO.steward,
  liaison: DEMO.liaison,
  unit_admin: DEMO.unitAdmin,
  department: DEMO.department,
  district_admin: DEMO.district,
};

interface ScopeCase {
  role: Role;
  openid: string;
  input: Record<string, unknown>;
  code: 'FORBIDDEN' | 'NOT_FOUND';
}

/**
 * The right role acting outside its scope. Every action must appear here: either with its
 * cases, or with an empty list and the reason it has no scope to get wrong.
 */
const SCOPE_CASES: Record<string, { reason?: string; cases: ScopeCase[] }> = {
  'session.me': { reason: 'reads only the caller', cases: [] },
  'demand.submit': {
    cases: [
      { role: 'steward', openid: DEMO.steward, code: 'FORBIDDEN', input: { category: '融资', title: '代提诉求', description: '为其他管家的企业代提诉求应被拒绝。', enterpriseId: 'ent-020' } },
    ],
  },
  'demand.list': {
    cases: [{ role: 'enterprise', openid: DEMO.enterprise, code: 'FORBIDDEN', input: { enterpriseId: 'ent-020' } }],
  },
  'demand.get': {
    cases: [
      { role: 'enterprise', openid: DEMO.otherEnterprise, code: 'FORBIDDEN', input: { id: 'dem-0001' } },
      { role: 'steward', openid: DEMO.otherSteward, code: 'FORBIDDEN', input: { id: 'dem-0001' } },
      { role: 'unit_admin', openid: DEMO.otherUnitAdmin, code: 'FORBIDDEN', input: { id: 'dem-0001' } },
      { role: 'department', openid: 'dept-12', code: 'FORBIDDEN', input: { id: 'dem-0001' } },
    ],
  },
};

describe('authorization matrix', () => {
  let t: TestCloud;
  let actions: Array<{ name: string; roles: readonly Role[] | 'bound' | 'anyone' }>;
  beforeAll(() => {
    t = openTestCloud();
    actions = (t.cloud.loadFunction('api').describeActions as () => typeof actions)();
  });
  afterAll(() => t.close());

  const garbage = { id: 42, title: { nested: true }, page: 'x' };
  const allowed = (roles: readonly Role[] | 'bound' | 'anyone', role: Role) => roles === 'anyone' || roles === 'bound' || roles.includes(role);

  it('covers every registered action with scope cases', () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.map((a) => a.name).filter((name) => !(name in SCOPE_CASES))).toEqual([]);
  });

  it('refuses callers without identity and unbound callers, except on open actions', async () => {
    for (const action of actions) {
      const anonymous = await t.call(undefined, action.name, garbage);
      expect({ action: action.name, code: anonymous.ok ? 'ok' : anonymous.error.code }).toEqual({ action: action.name, code: 'UNAUTHENTICATED' });
      const unbound = await t.call(DEMO.unbound, action.name, {});
      const code = unbound.ok ? 'ok' : unbound.error.code;
      if (action.roles === 'anyone') expect({ action: action.name, code }).not.toEqual({ action: action.name, code: 'UNAUTHENTICATED' });
      else expect({ action: action.name, code }).toEqual({ action: action.name, code: 'UNAUTHENTICATED' });
    }
  });

  it('checks the role before the input, for every action and role', async () => {
    const results: string[] = [];
    for (const action of actions) {
      for (const role of ROLES) {
        const reply = await t.call(IDENTITY_OF[role], action.name, garbage);
        const code = reply.ok ? 'ok' : reply.error.code;
        const expected = allowed(action.roles, role) ? 'not refused' : 'FORBIDDEN';
        const actual = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'not refused';
        results.push(`${action.name} as ${role}: ${actual === expected ? 'as declared' : `${actual}, expected ${expected}`}`);
      }
    }
    expect(results.filter((r) => !r.endsWith('as declared'))).toEqual([]);
    expect(results).toHaveLength(actions.length * ROLES.length);
  });

  it('refuses the right role acting outside its scope', async () => {
    for (const [name, { cases }] of Object.entries(SCOPE_CASES)) {
      for (const c of cases) {
        const reply = await t.call(c.openid, name, c.input);
        expect({ name, role: c.role, code: reply.ok ? 'ok' : reply.error.code }).toEqual({ name, role: c.role, code: c.code });
      }
    }
  });
});
