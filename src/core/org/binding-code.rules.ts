/**
 * One-time binding codes (统一身份认证 stand-in): a person proves they are the account holder
 * by typing a code handed to them, and their WeChat OPENID is bound. Codes are short enough to
 * type, avoid look-alike characters, expire, and are stored only as hashes.
 */
export const BINDING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BINDING_CODE_LENGTH = 8;
export const ACCOUNT_CODE_VALID_DAYS = 7;
export const CONTACT_CODE_VALID_DAYS = 7;

/** Build a code from random bytes (the caller supplies them: crypto on the server). */
export const bindingCodeFrom = (randomBytes: ArrayLike<number>): string => {
  let code = '';
  for (let i = 0; i < BINDING_CODE_LENGTH; i++) code += BINDING_CODE_ALPHABET[randomBytes[i] % BINDING_CODE_ALPHABET.length];
  return code;
};

/** What people type: case, spaces and dashes do not matter. */
export const normalizeBindingCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const formatBindingCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export type BindingCodeProblem = 'unknown' | 'expired' | 'used' | 'revoked';

export interface BindingCodeState {
  expiresAt: Date | string;
  usedAt?: Date | string | null;
  revokedAt?: Date | string | null;
}

export const bindingCodeProblem = (code: BindingCodeState | null, now: Date): BindingCodeProblem | null => {
  if (!code) return 'unknown';
  if (code.revokedAt) return 'revoked';
  if (code.usedAt) return 'used';
  if (new Date(code.expiresAt).getTime() <= now.getTime()) return 'expired';
  return null;
};

export const BINDING_CODE_MESSAGES: Record<BindingCodeProblem, string> = {
  unknown: '绑定码不正确，请核对后重新输入',
  expired: '绑定码已过期，请联系发放人重新获取',
  used: '绑定码已被使用，每个绑定码只能使用一次',
  revoked: '绑定码已作废，请联系发放人重新获取',
};

/**
 * Guessing codes: after 5 wrong codes within 15 minutes, the WeChat user is refused for 15
 * minutes (whatever code they type). Only the latest wrong codes need remembering.
 */
export const BINDING_LOCK = { failures: 5, withinMinutes: 15, lockMinutes: 15 } as const;

const MINUTE = 60_000;

/** The wrong codes remembered after one more at `now`, and until when the user is refused (null: not refused). */
export const afterWrongCode = (previous: ReadonlyArray<Date | string>, now: Date): { failures: Date[]; lockedUntil: Date | null } => {
  const failures = [...previous.map((d) => new Date(d)), now].slice(-BINDING_LOCK.failures);
  const oldest = failures[0];
  const locked = failures.length === BINDING_LOCK.failures && now.getTime() - oldest.getTime() <= BINDING_LOCK.withinMinutes * MINUTE;
  return { failures, lockedUntil: locked ? new Date(now.getTime() + BINDING_LOCK.lockMinutes * MINUTE) : null };
};

/** What a refused user is told: how long to wait, in whole minutes. */
export const bindingLockedMessage = (lockedUntil: Date | string, now: Date): string =>
  `绑定码错误次数过多，请 ${Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / MINUTE))} 分钟后再试`;
