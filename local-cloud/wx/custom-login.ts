import { createPublicKey, generateKeyPairSync, randomUUID, verify, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * CloudBase custom login, locally. In CloudBase a function signs a ticket for a custom user id
 * with the environment's custom-login private key (`@cloudbase/node-sdk` `auth().createTicket`),
 * the web client exchanges it for a session, and the functions that session calls see the id as
 * `auth().getUserInfo().customUserId`. Here the environment's key is made once per data folder,
 * functions sign with the real SDK and that key, and the local server checks tickets the way the
 * CloudBase auth service does: the key id, the RS256 signature, the environment and the 10-minute
 * expiry the SDK writes.
 */

/** The JSON file the CloudBase console hands out (环境 → 登录授权 → 自定义登录 → 私钥下载). */
export interface CustomLoginKey {
  private_key_id: string;
  private_key: string;
  env_id: string;
}

/** CloudBase's rule for a custom user id (4–32 characters of this set). */
export const CUSTOM_USER_ID = /^[a-zA-Z0-9_\-#@~=*(){}[\]:.,<>+]{4,32}$/;

export type TicketProblem = 'malformed' | 'unknown-key' | 'bad-signature' | 'wrong-env' | 'expired' | 'bad-uid';

export class TicketRefused extends Error {
  constructor(readonly problem: TicketProblem) {
    super(`custom login ticket refused: ${problem}`);
  }
}

const newKey = (env: string): CustomLoginKey => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { private_key_id: randomUUID(), private_key: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), env_id: env };
};

/** The environment's key: kept in the data folder so sessions survive a restart (in memory for ':memory:'). */
export const loadCustomLoginKey = (dataDir: string, env: string): CustomLoginKey => {
  const file = path.join(dataDir, '.custom-login-key.json');
  if (dataDir !== ':memory:' && existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as CustomLoginKey;
    if (stored.env_id === env) return stored;
  }
  const key = newKey(env);
  if (dataDir !== ':memory:') writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
};

const decodeJson = (part: string): Record<string, unknown> => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** Check a ticket as the CloudBase auth service would and answer the custom user id it carries. */
export const createTicketChecker = (key: CustomLoginKey) => {
  const publicKey: KeyObject = createPublicKey(key.private_key);
  return (ticket: string, now = Date.now()): string => {
    const [keyId, jwt] = String(ticket ?? '').split('/@@/');
    const parts = jwt?.split('.') ?? [];
    if (!keyId || parts.length !== 3) throw new TicketRefused('malformed');
    if (keyId !== key.private_key_id) throw new TicketRefused('unknown-key');
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = decodeJson(parts[0]);
      claims = decodeJson(parts[1]);
    } catch {
      throw new TicketRefused('malformed');
    }
    const signed = verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), publicKey, Buffer.from(parts[2], 'base64url'));
    if (header.alg !== 'RS256' || !signed) throw new TicketRefused('bad-signature');
    if (claims.env !== key.env_id) throw new TicketRefused('wrong-env');
    // The SDK writes iat/exp in milliseconds.
    if (typeof claims.exp !== 'number' || claims.exp <= now) throw new TicketRefused('expired');
    if (typeof claims.uid !== 'string' || !CUSTOM_USER_ID.test(claims.uid)) throw new TicketRefused('bad-uid');
    return claims.uid;
  };
};
