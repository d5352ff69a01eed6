import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Cloud storage on a local folder. File IDs look like CloudBase's (`cloud://<env>.<bucket>/<path>`)
 * so code that stores them works unchanged; temp URLs point at the local server.
 */
export class LocalStorage {
  constructor(
    private readonly dir: string,
    private readonly env: string,
    private readonly publicUrl: () => string,
  ) {}

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

  tempUrls(fileList: Array<string | { fileID: string }>) {
    return {
      fileList: fileList.map((item) => {
        const fileID = typeof item === 'string' ? item : item.fileID;
        const cloudPath = this.cloudPathOf(fileID);
        const exists = existsSync(this.fileOf(cloudPath));
        return exists
          ? { fileID, tempFileURL: `${this.publicUrl()}/local/storage/${encodeURI(cloudPath)}`, status: 0, errMsg: 'ok' }
          : { fileID, tempFileURL: '', status: 1, errMsg: 'file not exist' };
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
