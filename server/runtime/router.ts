import { AppError, ERROR_MESSAGES, type ErrorBody } from '../../src/core/errors';
import { fail, ok, type Reply } from '../../src/core/reply';
import type { AnyAction } from './define-action';
import type { ActionSource } from './lazy-actions';
import type { ActionContext, Caller, FileStore } from './action-context';
import type { Database } from './cloud-types';
import { userRepo } from '../db/user.repo';
import { DESK_ROLES } from '../../src/core/roles';
import { parseInput } from './validation';
import type { SubscribeMessageSender } from '../notify/notifier';
import { countRefusal, isRefusal } from './refusals';
import { auditWrite, collectAuditNotes } from './write-audit';

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
  /** The WeChat OPENID of the call (getWXContext), when it came from the mini-program. */
  openid: string | undefined;
  /** The CloudBase custom-login user of the call (auth().getUserInfo()), when it came from the desk console. */
  customUserId?: string;
  now?: () => Date;
}

const inputOf = (event: ApiEvent): unknown => {
  if (event.input !== undefined) return event.input;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { action, userInfo, ...rest } = event;
  return rest;
};

const bodyOf = (error: unknown): ErrorBody => {
  if (error instanceof AppError) return error.toBody();
  console.error('[api] unexpected error', error);
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
};

/** Whether this caller may call this action at all; checked before the input is looked at. */
const admit = (action: AnyAction, caller: Partial<Caller>): void => {
  if (!caller.openid && !caller.deskUserId) throw new AppError('UNAUTHENTICATED', '未获取到微信身份，请在小程序内重新打开');
  if (caller.deskUserId) {
    // Desk sessions are only ever issued to bound accounts; one that no longer resolves was re-bound or unbound.
    if (!caller.user) throw new AppError('UNAUTHENTICATED', '统一身份认证登录已失效，请重新登录专窗平台');
    if (!DESK_ROLES.includes(caller.user.role)) throw new AppError('DESK_ROLE_REFUSED');
  }
  if (action.roles === 'anyone') return;
  const user = caller.user;
  if (!user) throw new AppError('UNAUTHENTICATED', '您的微信尚未绑定账号，请输入绑定码完成绑定');
  if (user.status === 'disabled') throw new AppError('ACCOUNT_DISABLED');
  if (action.roles !== 'bound' && !action.roles.includes(user.role)) throw new AppError('FORBIDDEN');
};

/**
 * Resolve the caller, check the role before looking at the input, validate, run, audit, reply.
 * Order matters: a caller whose role is not allowed is refused whatever the input says. Every
 * refusal of the caller (here or in the handler's scope checks) is counted; every write that
 * reached its handler is audited with its outcome.
 */
export const createRouter = (actions: ActionSource) => {
  const dispatch = async (event: ApiEvent, deps: DispatchDeps): Promise<Reply<unknown>> => {
    const now = deps.now ?? (() => new Date());
    let action: AnyAction | undefined;
    try {
      action = typeof event?.action === 'string' ? await actions.find(event.action) : undefined;
    } catch (error) {
      // The action's group did not load (a broken deployment): answered like any other fault.
      return fail(bodyOf(error));
    }
    if (!action) return fail(new AppError('UNKNOWN_ACTION', `${ERROR_MESSAGES.UNKNOWN_ACTION}（${String(event?.action)}）`).toBody());
    // A call carries one identity; a WeChat OPENID, which WeChat itself asserts, wins if both were given.
    const caller: Partial<Caller> = deps.openid ? { openid: deps.openid } : { deskUserId: deps.customUserId || undefined };
    const audit = collectAuditNotes();
    let input: unknown;
    let running = false;
    try {
      caller.user = caller.openid
        ? await userRepo.findByOpenid(deps.db, caller.openid)
        : caller.deskUserId
          ? await userRepo.findByDeskUserId(deps.db, caller.deskUserId)
          : null;
      admit(action, caller);
      input = parseInput(action.input, inputOf(event));
      const ctx: ActionContext = {
        caller: caller as Caller,
        user: caller.user!,
        db: deps.db,
        files: deps.files,
        messages: deps.messages,
        now,
        audit: audit.api,
      };
      running = true;
      const data = await action.handler(input, ctx);
      running = false;
      await auditWrite(deps.db, action, caller as Caller, input, audit.notes, now());
      return ok(data);
    } catch (error) {
      const body = bodyOf(error);
      if (isRefusal(body.code)) await countRefusal(deps.db, caller, action.name, body.code, now());
      else if (running) await auditWrite(deps.db, action, caller as Caller, input, audit.notes, now(), body).catch((e) => console.error('[api] could not audit a failed write', e));
      return fail(body);
    }
  };

  return { dispatch };
};
