import { emptyInput } from '../../src/core/contracts/common.contracts';
import type { SessionUser } from '../../src/core/session.model';
import { defineAction } from '../runtime/define-action';
import { enterpriseRepo } from '../db/enterprise.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import type { Database } from '../runtime/cloud-types';

/** The signed-in person as the app shows them: their account with its unit, enterprise and steward. */
export const sessionUserOf = async (db: Database, user: UserDoc): Promise<SessionUser> => {
  const [unit, enterprise] = await Promise.all([
    user.unitId ? unitRepo.get(db, user.unitId) : null,
    user.enterpriseId ? enterpriseRepo.get(db, user.enterpriseId) : null,
  ]);
  // An enterprise contact sees who serves them (also right after a handover); a liaison, whom they help.
  const stewardId = enterprise?.stewardId || (user.role === 'liaison' ? user.stewardId : undefined);
  const steward = stewardId ? await userRepo.get(db, stewardId) : null;
  return {
    id: user._id,
    role: user.role,
    name: user.name,
    unitId: user.unitId,
    unitName: unit?.name,
    enterpriseId: user.enterpriseId,
    enterpriseName: enterprise?.name,
    stewardName: steward?.name ?? (enterprise?.stewardName || undefined),
    stewardPhone: steward?.phone,
  };
};

export const sessionMe = defineAction({
  name: 'session.me',
  roles: 'anyone',
  input: emptyInput,
  writes: false,
  summary: '当前微信用户绑定的账号（未绑定时为空）',
  async handler(_input, { db, caller }): Promise<{ user: SessionUser | null }> {
    const user = caller.user;
    return { user: user && user.status === 'active' ? await sessionUserOf(db, user) : null };
  },
});

export const sessionActions = [sessionMe];
