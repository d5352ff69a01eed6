import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Local sign-in tokens: the openid signed with a per-data-dir secret, so tokens survive a
 * restart of the local server and cannot be forged by editing them. This stands in for
 * WeChat's own login and exists only on the local server.
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
    issue: (openid: string) => {
      const payload = Buffer.from(openid, 'utf8').toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    /** The openid a token stands for, or undefined when it is missing or forged. */
    verify: (token: string | undefined): string | undefined => {
      const [payload, signature] = (token ?? '').split('.');
      if (!payload || !signature) return undefined;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      return Buffer.from(payload, 'base64url').toString('utf8');
    },
  };
};
