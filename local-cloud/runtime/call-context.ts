import { AsyncLocalStorage } from 'node:async_hooks';

/** What `getWXContext()` answers inside one function invocation. */
export interface WXContext {
  OPENID?: string;
  APPID: string;
  UNIONID?: string;
  ENV: string;
  SOURCE: 'wx_client' | 'wx_trigger' | 'wx_cloud' | 'wx_http';
}

/** Who is calling when it is not a WeChat user: a CloudBase custom-login user (the desk console). */
export interface CallUser {
  customUserId?: string;
}

export interface CallScope<C> {
  cloud: C;
  wx: WXContext;
  user?: CallUser;
}

/**
 * Each invocation runs inside its own async scope, so concurrent requests never see each
 * other's OPENID (real CloudBase runs one invocation per instance; here many share a process).
 */
export const callScope = new AsyncLocalStorage<CallScope<unknown>>();
