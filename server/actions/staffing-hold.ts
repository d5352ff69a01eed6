import { AppError } from '../../src/core/errors';
import type { ActionContext } from '../runtime/action-context';
import { unitRepo } from '../db/unit.repo';

const TRIES = 5;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Run `work` (count the unit's load, then assign) while holding the unit's staffing, so two
 * assignments at once cannot both pass the limit check. A held unit is tried again a few
 * times (assignments take milliseconds), then the caller is asked to retry.
 */
export const withStaffingHold = async <T>(ctx: ActionContext, unitId: string, work: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    const holdId = await unitRepo.holdStaffing(ctx.db, unitId, ctx.now());
    if (holdId) {
      try {
        return await work();
      } finally {
        await unitRepo.releaseStaffing(ctx.db, unitId, holdId);
      }
    }
    if (attempt < TRIES) await pause(50 * attempt);
  }
  throw new AppError('CONFLICT', '本单位正在调整管家分配，请稍后重试');
};
