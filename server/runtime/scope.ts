import { forbidden } from '../../src/core/errors';
import type { EnterpriseDoc, UserDoc } from '../db/documents';

/** Whether a user's role and scope cover an enterprise (its record, contacts and history). */
export const coversEnterprise = (user: UserDoc, enterprise: Pick<EnterpriseDoc, '_id' | 'stewardId' | 'unitId'>): boolean => {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId === enterprise._id;
    case 'steward':
      return user._id === enterprise.stewardId;
    case 'liaison':
      return !!user.stewardId && user.stewardId === enterprise.stewardId;
    case 'unit_admin':
      return !!user.unitId && user.unitId === enterprise.unitId;
    case 'district_admin':
      return true;
    case 'department':
      return false;
  }
};

export const assertCoversEnterprise = (user: UserDoc, enterprise: Pick<EnterpriseDoc, '_id' | 'stewardId' | 'unitId'>) => {
  if (!coversEnterprise(user, enterprise)) throw forbidden('这家企业不在您的服务范围内');
};

/** The equality filter listing the enterprises a user covers (null: none). */
export const enterpriseScopeFilter = (user: UserDoc): Record<string, string> | null => {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId ? { _id: user.enterpriseId } : null;
    case 'steward':
      return { stewardId: user._id };
    case 'liaison':
      return user.stewardId ? { stewardId: user.stewardId } : null;
    case 'unit_admin':
      return user.unitId ? { unitId: user.unitId } : null;
    case 'district_admin':
      return {};
    case 'department':
      return null;
  }
};

/**
 * Records kept per steward and unit (contacts, reports, research visits): the ones a staff
 * member sees when they do not name an enterprise. The district sees all.
 */
export const staffRecordFilter = (user: UserDoc): Record<string, string> => {
  if (user.role === 'steward') return { stewardId: user._id };
  if (user.role === 'liaison') return { stewardId: user.stewardId ?? '-' };
  if (user.role === 'unit_admin') return { unitId: user.unitId ?? '-' };
  return {};
};
