import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** CloudBase's lifetime of a temporary URL when the caller names none: one day. */
export const DEFAULT_TEMP_URL_SECONDS = 86_400;

export type TempUrlCheck = 'ok' | 'expired' | 'invalid';

/**
 * Cloud storage on a local folder, as a bucket with the private rule (仅创建者及管理员可读写):
 * nothing is readable by its path alone. File IDs look like CloudBase's
 * (`cloud://<env>.<bucket>/<path>`) so code that stores them works unchanged; temp URLs point at
 * the local server, carry their expiry and a signature, and are refused once expired (`check`).
 */
export class LocalStorage {
  constructor(
    private readonly dir: string,
    private readonly env: string,
    private readonly publicUrl: () => string,
    /** What signs temp URLs: the same in every function instance of one environment (see function-pool.ts). */
    readonly secret: Buffer = randomBytes(32),
  ) {}

  private signature(cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${cloudPath}\n${expires}`).digest('hex');
  }

  /** Whether a temp URL's expiry and signature let it read `cloudPath` now. */
  check(cloudPath: string, expires: string | null, sign: string | null, now = Date.now()): TempUrlCheck {
    if (!expires || !sign || !/^\d+$/.test(expires)) return 'invalid';
    const expected = Buffer.from(this.signature(cloudPath, Number(expires)));
    const given = Buffer.from(sign);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(expires) * 1000 <= now ? 'expired' : 'ok';
  }

  private fileOf(cloudPath: string): string {
    const clean = path.posix.normalize(cloudPath).replace(/^(\.\.(\/|$))+/, '').replace(/^\/+/, '');
    if (!clean || clean.startsWith('..')) throw Object.assign(new Error('invalid cloudPath'), { errCode: -403001 });
    return path.join(this.dir, clean);
  }

  fileIdOf(cloudPath: string) {
    return `cloud://${this.env}.local/${cloudPath.replace(/^\/+/, '')}`;
  }

  cloudPathOf(fileID: string): string {
    const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID);
    if (!match) throw Object.assign(new Error(`invalid fileID ${fileID}`), { errCode: -403001 });
    return match[1];
  }

  /** Who created each file a client uploaded (the rule lets only its creator write it again). */
  private creators?: Map<string, string>;
  private get creatorsFile() {
    return `${this.dir}.creators.json`;
  }

  private creatorOf(cloudPath: string): string | undefined {
    this.creators ??= new Map(existsSync(this.creatorsFile) ? Object.entries(JSON.parse(readFileSync(this.creatorsFile, 'utf8')) as Record<string, string>) : []);
    return this.creators.get(path.posix.normalize(cloudPath));
  }

  /**
   * A client's upload (wx.cloud.uploadFile): under the private rule a WeChat user may create a
   * file at any path, but not overwrite one someone else (or a function) created.
   */
  uploadAs(openid: string, cloudPath: string, content: Buffer | string) {
    if (existsSync(this.fileOf(cloudPath)) && this.creatorOf(cloudPath) !== openid) {
      throw Object.assign(new Error('permission denied: the file belongs to another user'), { errCode: -403003 });
    }
    const uploaded = this.upload(cloudPath, content);
    this.creatorOf(cloudPath);
    this.creators!.set(path.posix.normalize(cloudPath), openid);
    writeFileSync(this.creatorsFile, JSON.stringify(Object.fromEntries(this.creators!)));
    return uploaded;
  }

  /** A function's upload (cloud.uploadFile): functions act as the administrator. */
  upload(cloudPath: string, content: Buffer | string) {
    const file = this.fileOf(cloudPath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return { fileID: this.fileIdOf(cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' };
  }

  read(cloudPath: string): Buffer | null {
    const file = this.fileOf(cloudPath);
    return existsSync(file) ? readFileSync(file) : null;
  }

  /** As getTempFileURL: each item a fileID, or `{ fileID, maxAge }` in seconds (default one day). */
  tempUrls(fileList: Array<string | { fileID: string; maxAge?: number }>, now = Date.now()) {
    return {
      fileList: fileList.map((item) => {
        const fileID = typeof item === 'string' ? item : item.fileID;
        const maxAge = typeof item === 'string' || !item.maxAge ? DEFAULT_TEMP_URL_SECONDS : item.maxAge;
        const cloudPath = this.cloudPathOf(fileID);
        if (!existsSync(this.fileOf(cloudPath))) return { fileID, tempFileURL: '', status: 1, errMsg: 'file not exist' };
        const expires = Math.floor(now / 1000) + maxAge;
        const query = `expires=${expires}&sign=${this.signature(cloudPath, expires)}`;
        return { fileID, tempFileURL: `${this.publicUrl()}/local/storage/${encodeURI(cloudPath)}?${query}`, maxAge, status: 0, errMsg: 'ok' };
      }),
      errMsg: 'getTempFileURL:ok',
    };
  }

  remove(fileList: string[]) {
    return {
      fileList: fileList.map((fileID) => {
        rmSync(this.fileOf(this.cloudPathOf(fileID)), { force: true });
        return { fileID, status: 0, errMsg: 'ok' };
      }),
    };
  }
}
