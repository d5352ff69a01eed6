import type { Database } from './cloud-types';
import type { UserDoc } from '../db/user.repo';
import type { SubscribeMessageSender } from '../notify/notifier';

/**
 * The caller as the platform names them on this call, never from the request body: a WeChat
 * OPENID (the mini-program) or a CloudBase custom-login user id (the desk console, signed in
 * through the unified identity provider).
 */
export interface Caller {
  openid?: string;
  deskUserId?: string;
  /** Null when this WeChat user has no bound account yet (a desk caller always has one). */
  user: UserDoc | null;
}

/** One string per caller, for keys that must differ between callers (idempotency, refusal counts). */
export const callerKey = (caller: Pick<Caller, 'openid' | 'deskUserId'>): string =>
  caller.openid ?? (caller.deskUserId ? `desk:${caller.deskUserId}` : 'anonymous');

/**
 * What a writing handler tells the router's audit: which record it wrote and a summary in plain
 * words. The router adds the action, actor, time and outcome itself.
 */
export interface AuditNotes {
  record(recordId: string, summary: string, options?: { actor?: Pick<UserDoc, '_id' | 'role'> }): void;
  /** Nothing was written (a retried submission, a correction that changes nothing): no entry. */
  unchanged(): void;
}

/** Cloud storage as the actions need it (wx-server-sdk's downloadFile underneath). */
export interface FileStore {
  download(fileID: string): Promise<Buffer>;
  /** Short-lived download URLs, by fileID (missing files are left out). */
  tempUrls(fileIDs: string[]): Promise<Map<string, string>>;
  upload(cloudPath: string, content: Buffer): Promise<string>;
}

export interface ActionContext {
  caller: Caller;
  /** The bound user; actions whose roles are not 'anyone' always have one. */
  user: UserDoc;
  db: Database;
  now: () => Date;
  files: FileStore;
  messages: SubscribeMessageSender;
  audit: AuditNotes;
}
