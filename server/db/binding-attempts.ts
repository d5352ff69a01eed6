import { AppError } from '../../src/core/errors';
import { afterWrongCode, BINDING_CODE_MESSAGES, bindingLockedMessage, type BindingCodeProblem } from '../../src/core/org/binding-code.rules';
import type { Database } from '../runtime/cloud-types';
import { bindingAttemptRepo, type BindingAttemptDoc } from './binding-attempt.repo';

/** Refuses a wrong code: it counts towards the lock, and the fifth within 15 minutes starts it. */
export type RefuseCode = (problem: BindingCodeProblem) => Promise<never>;

const refuseCode = async (db: Database, attempt: BindingAttemptDoc, problem: BindingCodeProblem, now: Date): Promise<never> => {
  const { failures, lockedUntil } = afterWrongCode(attempt.failures, now);
  await bindingAttemptRepo.fail(db, attempt, failures, lockedUntil);
  if (lockedUntil) throw new AppError('BINDING_LOCKED', bindingLockedMessage(lockedUntil, now));
  throw new AppError('BINDING_CODE_INVALID', BINDING_CODE_MESSAGES[problem]);
};

/**
 * One binding attempt of one person, under their lease: refused while they are locked out or
 * another attempt of theirs runs, so racing codes are counted one by one and cannot bind twice.
 * `who` is the WeChat OPENID (account.bind) or `oidc:<subject>` (the desk console's binding):
 * the same codes are guessed the same way through either door.
 */
export const withBindingAttempt = async <T>(db: Database, who: string, now: () => Date, attempt: (refuse: RefuseCode) => Promise<T>): Promise<T> => {
  const start = await bindingAttemptRepo.begin(db, who, now());
  if ('lockedUntil' in start) throw new AppError('BINDING_LOCKED', bindingLockedMessage(start.lockedUntil, now()));
  if ('busy' in start) throw new AppError('CONFLICT', '正在处理您的上一次绑定，请稍候再试');
  try {
    return await attempt((problem) => refuseCode(db, start.attempt, problem, now()));
  } finally {
    await bindingAttemptRepo.end(db, start.attempt);
  }
};
