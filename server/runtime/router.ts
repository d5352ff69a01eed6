import { AppError, ERROR_MESSAGES } from '../../src/core/errors';
import { fail, ok, type Reply } from '../../src/core/reply';
import type { AnyAction } from './define-action';
import type { ActionContext, Caller, FileStore } from './action-context';
import type { Database } from './cloud-types';
import { userRepo } from '../db/user.repo';
import { auditRepo } from '../db/audit.repo';
import { parseInput } from './validation';
import type { SubscribeMessageSender } from '../notify/notifier';

export interface ApiEvent {
  action?: unknown;
  /** Preferred: the action's input. Without it, the event's other fields are the input. */
  input?: unknown;
  [key: string]: unknown;
}

export interface DispatchDeps {
  db: Database;
  files: FileStore;
  messages: SubscribeMessageSender;
  openid: string | undefined;
  now?: () => Date;
}

const inputOf = (event: ApiEvent): unknown => {
  if (event.input !== undefined) return event.input;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { action, userInfo, ...rest } = event;
  return rest;
};

/**
 * Resolve the caller, check the role before looking at the input, validate, run, reply.
 * Order matters: a caller whose role is not allowed is refused whatever the input says.
 */
export const createRouter = (actions: readonly AnyAction[]) => {
  const byName = new Map(actions.map((a) => [a.name, a]));
  if (byName.size !== actions.length) throw new Error('duplicate action name in registry');

  const authorize = async (action: AnyAction, deps: DispatchDeps): Promise<Caller> => {
    if (!deps.openid) throw new AppError('UNAUTHENTICATED', '未获取到微信身份，请在小程序内重新打开');
    const user = await userRepo.findByOpenid(deps.db, deps.openid);
    const caller: Caller = { openid: deps.openid, user };
    if (action.roles === 'anyone') return caller;
    if (!user) throw new AppError('UNAUTHENTICATED', '您的微信尚未绑定账号，请输入绑定码完成绑定');
    if (user.status === 'disabled') throw new AppError('ACCOUNT_DISABLED');
    if (action.roles !== 'bound' && !action.roles.includes(user.role)) throw new AppError('FORBIDDEN');
    return caller;
  };

  const dispatch = async (event: ApiEvent, deps: DispatchDeps): Promise<Reply<unknown>> => {
    try {
      const action = typeof event?.action === 'string' ? byName.get(event.action) : undefined;
      if (!action) throw new AppError('UNKNOWN_ACTION', `${ERROR_MESSAGES.UNKNOWN_ACTION}（${String(event?.action)}）`);
      const caller = await authorize(action, deps);
      const input = parseInput(action.input, inputOf(event));
      const user = caller.user!;
      const ctx: ActionContext = {
        caller,
        user,
        db: deps.db,
        files: deps.files,
        messages: deps.messages,
        now: deps.now ?? (() => new Date()),
        audit: (entry) =>
          auditRepo.append(deps.db, {
            ...entry,
            outcome: 'ok',
            at: new Date(),
            actorId: user?._id ?? `openid:${caller.openid}`,
            actorRole: user?.role ?? 'system',
          }),
      };
      return ok(await action.handler(input, ctx));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toBody());
      console.error('[api] unexpected error', error);
      return fail({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
    }
  };

  return { dispatch, actions: [...byName.values()] };
};
