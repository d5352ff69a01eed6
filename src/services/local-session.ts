import type { Role } from '@/core/roles';
import { errorCodeOf } from '@/core/errors';
import { CloudError } from './cloud-error';
import { localRequest } from './local-http';
import { saveSessionToken } from './session-token';

/**
 * Sign-in for the H5 local demo server only: pick a seeded identity instead of WeChat's OPENID.
 * Imported only by the login page, which app.config registers for H5 builds alone.
 */
export interface LocalIdentity {
  openid: string;
  role: Role;
  name: string;
  /** The enterprise or unit the identity belongs to. */
  detail?: string;
}

export async function listLocalIdentities(): Promise<LocalIdentity[]> {
  assertH5();
  const body = await localRequest<unknown>('GET', '/local/identities');
  if (!Array.isArray(body)) throw errorFrom(body, '无法读取演示身份列表');
  return body as LocalIdentity[];
}

export async function signInLocally(openid: string): Promise<void> {
  assertH5();
  const body = await localRequest<{ token?: unknown }>('POST', '/local/login', { openid });
  if (typeof body.token !== 'string' || !body.token) throw errorFrom(body, '登录失败，请重试');
  saveSessionToken(body.token);
}

function assertH5() {
  if (process.env.TARO_ENV === 'weapp') throw new CloudError('FORBIDDEN', '小程序内不支持本地登录');
}

function errorFrom(body: unknown, fallback: string): CloudError {
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  return new CloudError(errorCodeOf(error?.code), error?.message ?? fallback);
}
