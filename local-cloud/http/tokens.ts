import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Who a local session is: a WeChat user (the mini-program) or a custom-login user (the desk console). */
export type SessionIdentity = { openid: string; customUserId?: undefined } | { customUserId: string; openid?: undefined };

// Openids are letters, digits, _ and - (checked at /local/login), so the prefix cannot collide.
const CUSTOM_PREFIX = 'custom:';

/**
 * Local sign-in tokens: the identity signed with a per-data-dir secret, so tokens survive a
 * restart of the local server and cannot be forged by editing them. They stand in for WeChat's
 * own login and for the session CloudBase gives a signed-in web client, and exist only on the
 * local server.
 */
export const createTokenSigner = (dataDir: string) => {
  const secretFile = path.join(dataDir, '.token-secret');
  let secret: Buffer;
  if (dataDir !== ':memory:' && existsSync(secretFile)) secret = readFileSync(secretFile);
  else {
    secret = randomBytes(32);
    if (dataDir !== ':memory:') writeFileSync(secretFile, secret, { mode: 0o600 });
  }
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    issue: (identity: SessionIdentity) => {
      const subject = identity.customUserId !== undefined ? `${CUSTOM_PREFIX}${identity.customUserId}` : identity.openid;
      const payload = Buffer.from(subject, 'utf8').toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    /** The identity a token stands for, or undefined when it is missing or forged. */
    verify: (token: string | undefined): SessionIdentity | undefined => {
      const [payload, signature] = (token ?? '').split('.');
      if (!payload || !signature) return undefined;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      const subject = Buffer.from(payload, 'base64url').toString('utf8');
      return subject.startsWith(CUSTOM_PREFIX) ? { customUserId: subject.slice(CUSTOM_PREFIX.length) } : { openid: subject };
    },
  };
};
