import Taro from '@tarojs/taro';
import type { ActionArgs, ActionName, ActionOutput } from '@/core/contracts';
import type { Reply } from '@/core/reply';
import { CloudError, networkError } from './cloud-error';
import { localRequest } from './local-http';
import { readSessionToken } from './session-token';

/** The single cloud function that routes every action (see cloudfunctions/api). */
const FUNCTION_NAME = 'api';

/**
 * The one caller of the cloud. Sends `{ action, input }` to the `api` function and unwraps the
 * reply envelope: resolves with `data`, or throws a CloudError carrying the server's code,
 * Chinese message and field errors. The action map (src/core/contracts) types both sides.
 */
export async function callAction<A extends ActionName>(action: A, ...[input]: ActionArgs<A>): Promise<ActionOutput<A>> {
  return unwrap<ActionOutput<A>>(await send(FUNCTION_NAME, { action, input }));
}

/** Another function with the same `{ action, input }` event and reply envelope (the desk console's `login`). */
export async function callFunctionAction<T>(name: 'login', action: string, input: object): Promise<T> {
  return unwrap<T>(await send(name, { action, input }));
}

async function callWeapp(name: string, data: object): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name, data });
    return res.result;
  } catch {
    // callFunction rejects on transport problems; application errors arrive as ok:false.
    throw networkError();
  }
}

// The local demo server mimics the cloud: it answers `{ result: <envelope> }`.
async function callLocal(name: string, data: object): Promise<unknown> {
  const body = await localRequest<{ result?: unknown }>('POST', `/local/functions/${name}`, data);
  return body.result;
}

/** An H5 build for a CloudBase environment (the desk console in production) rather than the local server. */
export const H5_ON_CLOUDBASE = process.env.TARO_ENV === 'h5' && !!process.env.TARO_APP_CLOUD_ENV && process.env.TARO_APP_CLOUD_ENV !== 'local';

// The condition is written out so the build drops the import where it is false (weapp, local H5).
async function callWeb(name: string, data: object): Promise<unknown> {
  if (process.env.TARO_ENV === 'h5' && process.env.TARO_APP_CLOUD_ENV && process.env.TARO_APP_CLOUD_ENV !== 'local') {
    const web = await import('./cloudbase-web');
    try {
      return await web.callWebFunction(name, data);
    } catch {
      throw networkError();
    }
  }
  throw networkError();
}

// Picked at build time, outside any function, so the weapp bundle drops the local HTTP transport.
const send: (name: string, data: object) => Promise<unknown> = process.env.TARO_ENV === 'weapp' ? callWeapp : H5_ON_CLOUDBASE ? callWeb : callLocal;

function unwrap<T>(reply: unknown): T {
  if (!isReply(reply)) throw new CloudError('INTERNAL', '系统繁忙，请稍后重试');
  if (reply.ok) return reply.data as T;
  const { code, message, fields, details } = reply.error;
  throw new CloudError(code, message, fields, details);
}

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** A file to upload: the temporary path WeChat gives on weapp, the picked File on H5. */
export type UploadSource = string | Blob;

const UPLOAD_FAILED = '文件上传失败，请检查网络后重试';

/** Puts one file in cloud storage at `cloudPath` and answers its fileID, for an action to read. */
export function uploadFile(cloudPath: string, file: UploadSource): Promise<string> {
  return upload(cloudPath, file);
}

async function uploadWeapp(cloudPath: string, file: UploadSource): Promise<string> {
  if (typeof file !== 'string') throw new CloudError('INTERNAL', UPLOAD_FAILED);
  try {
    return (await Taro.cloud.uploadFile({ cloudPath, filePath: file })).fileID;
  } catch {
    throw new CloudError('NETWORK', UPLOAD_FAILED);
  }
}

// The local server takes the raw bytes and answers `{ fileID }` as CloudBase would.
async function uploadLocal(cloudPath: string, file: UploadSource): Promise<string> {
  const token = readSessionToken();
  let response: Response;
  try {
    response = await fetch(`/local/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      body: file,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new CloudError('NETWORK', UPLOAD_FAILED);
  }
  const body = (await response.json().catch(() => null)) as { fileID?: unknown } | null;
  if (response.ok && typeof body?.fileID === 'string') return body.fileID;
  if (response.status === 401) throw new CloudError('UNAUTHENTICATED', '请先登录后再上传文件');
  throw new CloudError('INTERNAL', UPLOAD_FAILED);
}

const upload: (cloudPath: string, file: UploadSource) => Promise<string> =
  process.env.TARO_ENV === 'weapp' ? uploadWeapp : uploadLocal;

/** Connects the SDK to the configured environment; weapp only, once at start-up. */
export function initCloud(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  // Without an env id the SDK falls back to the DevTools' default environment.
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true });
}
