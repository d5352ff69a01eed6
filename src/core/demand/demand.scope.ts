import type { Role } from '../roles';

/** The part of a demand that decides who may see it. */
export interface DemandScopeFields {
  enterpriseId: string;
  stewardId: string;
  unitId: string;
  departmentId?: string;
}

export interface Viewer {
  id: string;
  role: Role;
  enterpriseId?: string;
  stewardId?: string;
  unitId?: string;
  departmentId?: string;
}

/**
 * Who may read a demand: its enterprise, its steward (and that steward's liaison), the unit it
 * belongs to, the department it is dispatched to, and the district.
 */
export const canViewDemand = (viewer: Viewer, demand: DemandScopeFields): boolean => {
  switch (viewer.role) {
    case 'enterprise':
      return !!viewer.enterpriseId && viewer.enterpriseId === demand.enterpriseId;
    case 'steward':
      return viewer.id === demand.stewardId;
    case 'liaison':
      return !!viewer.stewardId && viewer.stewardId === demand.stewardId;
    case 'unit_admin':
      return !!viewer.unitId && viewer.unitId === demand.unitId;
    case 'department':
      return !!viewer.departmentId && viewer.departmentId === demand.departmentId;
    case 'district_admin':
      return true;
  }
};

/** The equality filter that lists exactly the demands a viewer may see (null: sees none). */
export const demandListFilter = (viewer: Viewer): Record<string, string> | null => {
  switch (viewer.role) {
    case 'enterprise':
      return viewer.enterpriseId ? { enterpriseId: viewer.enterpriseId } : null;
    case 'steward':
      return { stewardId: viewer.id };
    case 'liaison':
      return viewer.stewardId ? { stewardId: viewer.stewardId } : null;
    case 'unit_admin':
      return viewer.unitId ? { unitId: viewer.unitId } : null;
    case 'department':
      return viewer.departmentId ? { departmentId: viewer.departmentId } : null;
    case 'district_admin':
      return {};
  }
};
