import type { UploadPurposeName } from '../../src/core/files/upload.rules';
import type { Database } from '../runtime/cloud-types';
import { newId } from './codes';
import { repository } from './repository';

/** An upload path issued to one person for one purpose; the random token in the path is its _id. */
export interface UploadDoc {
  _id: string;
  ownerId: string;
  purpose: UploadPurposeName;
  cloudPath: string;
  /** The file's name as the person picked it. */
  name: string;
  issuedAt: Date;
}

const uploads = repository('uploads');

// uploads/<owner>/<purpose>/<token>.<extension>: the token is 32 hex characters.
const ISSUED_PATH = /^uploads\/[^/]+\/[^/]+\/([0-9a-f]{32})\.[a-z0-9]+$/;

/** The cloud path inside a fileID (cloud://<env>.<bucket>/<path>), or null. */
export const cloudPathOf = (fileID: string): string | null => /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID)?.[1] ?? null;

export const uploadRepo = {
  /** Issue a fresh path in the owner's folder; the extension is the one the name carries. */
  issue: async (db: Database, owner: string, purpose: UploadPurposeName, name: string, extension: string, now: Date): Promise<UploadDoc> => {
    const token = newId();
    const doc: UploadDoc = { _id: token, ownerId: owner, purpose, cloudPath: `uploads/${owner}/${purpose}/${token}.${extension}`, name, issuedAt: now };
    await uploads.insert(db, doc);
    return doc;
  },

  /** The issued paths the fileIDs point at (one read), by fileID; a fileID not issued by us is absent. */
  issuedFor: async (db: Database, fileIDs: string[]): Promise<Map<string, UploadDoc>> => {
    const tokens = new Map<string, string>();
    for (const fileID of fileIDs) {
      const token = ISSUED_PATH.exec(cloudPathOf(fileID) ?? '')?.[1];
      if (token) tokens.set(fileID, token);
    }
    if (tokens.size === 0) return new Map();
    const found = new Map((await uploads.all(db, { _id: db.command.in([...new Set(tokens.values())]) })).map((u) => [u._id, u]));
    const issued = new Map<string, UploadDoc>();
    for (const [fileID, token] of tokens) {
      const upload = found.get(token);
      if (upload && upload.cloudPath === cloudPathOf(fileID)) issued.set(fileID, upload);
    }
    return issued;
  },
};
