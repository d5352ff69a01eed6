import { canAccess, narrowScope, scopeFilter, type Viewer } from '@/core/access/access';
import { ACCESS, type RecordKind } from '@/core/access/access.table';
import { ROLES, type Role } from '@/core/roles';

const viewers: Record<Role, Viewer> = {
  enterprise: { role: 'enterprise', id: 'u-e', enterpriseId: 'ent-1', unitId: 'unit-1' },
  steward: { role: 'steward', id: 'u-s', unitId: 'unit-1' },
  liaison: { role: 'liaison', id: 'u-l', stewardId: 'u-s', unitId: 'unit-1' },
  unit_admin: { role: 'unit_admin', id: 'u-a', unitId: 'unit-1' },
  department: { role: 'department', id: 'u-d', departmentId: 'dept-1' },
  district_admin: { role: 'district_admin', id: 'u-x' },
};
const KINDS = Object.keys(ACCESS) as RecordKind[];
const mine = { _id: 'ent-1', enterpriseId: 'ent-1', stewardId: 'u-s', toStewardId: 'u-s', unitId: 'unit-1', departmentId: 'dept-1' };
const theirs = { _id: 'ent-2', enterpriseId: 'ent-2', stewardId: 'u-t', toStewardId: 'u-t', unitId: 'unit-2', departmentId: 'dept-2' };

describe('the access table', () => {
  it('builds the list filter and the single-record check from the same entry', () => {
    for (const kind of KINDS) {
      for (const role of ROLES) {
        const filter = scopeFilter(viewers[role], kind);
        const matches = (r: Record<string, string>) => !!filter && Object.entries(filter).every(([k, v]) => r[k] === v);
        expect({ kind, role, mine: canAccess(viewers[role], kind, mine), theirs: canAccess(viewers[role], kind, theirs) })
          .toEqual({ kind, role, mine: matches(mine), theirs: matches(theirs) });
      }
    }
  });

  it('gives each role its own records only, the district everything', () => {
    expect(scopeFilter(viewers.steward, 'report')).toEqual({ stewardId: 'u-s' });
    expect(scopeFilter(viewers.liaison, 'contact')).toEqual({ stewardId: 'u-s' });
    expect(scopeFilter(viewers.unit_admin, 'research_visit')).toEqual({ unitId: 'unit-1' });
    expect(scopeFilter(viewers.enterprise, 'demand')).toEqual({ enterpriseId: 'ent-1' });
    expect(scopeFilter(viewers.department, 'demand')).toEqual({ departmentId: 'dept-1' });
    expect(scopeFilter(viewers.district_admin, 'account')).toEqual({});
    expect(canAccess(viewers.district_admin, 'demand', theirs)).toBe(true);
    expect(canAccess(viewers.steward, 'enterprise', { _id: 'ent-9', stewardId: 'u-s' })).toBe(true);
  });

  it('denies what it does not name: other roles, unknown roles and kinds, missing attributes', () => {
    expect(scopeFilter(viewers.enterprise, 'report')).toBeNull();
    expect(scopeFilter(viewers.department, 'enterprise')).toBeNull();
    expect(scopeFilter(viewers.steward, 'proposal')).toBeNull();
    expect(scopeFilter({ role: 'auditor' as Role, id: 'u-z' }, 'demand')).toBeNull();
    expect(scopeFilter(viewers.district_admin, 'invoice' as RecordKind)).toBeNull();
    expect(scopeFilter(viewers.district_admin, 'toString' as RecordKind)).toBeNull();
    expect(canAccess({ role: 'auditor' as Role }, 'demand', mine)).toBe(false);
    // A liaison not attached to a steward sees nothing, rather than every record without a steward.
    expect(scopeFilter({ role: 'liaison', id: 'u-l2' }, 'contact')).toBeNull();
    expect(canAccess({ role: 'liaison', id: 'u-l2' }, 'contact', { stewardId: undefined })).toBe(false);
  });

  it('lets a request narrow a scope but never widen it', () => {
    expect(narrowScope({ unitId: 'unit-1' }, { unitId: 'unit-1', stewardId: 'u-s' })).toEqual({ unitId: 'unit-1', stewardId: 'u-s' });
    expect(narrowScope({ unitId: 'unit-1' }, { unitId: 'unit-2' })).toBeNull();
    expect(narrowScope({}, { unitId: 'unit-2', stewardId: undefined })).toEqual({ unitId: 'unit-2' });
  });
});
