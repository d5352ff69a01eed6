import Taro from '@tarojs/taro';
import { networkError } from './cloud-error';
import { readSessionToken } from './session-token';

/**
 * JSON over HTTP to the local demo server (H5 only). Same origin as the page, so paths are
 * relative. Network failures and non-2xx replies without a body become a NETWORK CloudError.
 */
export async function localRequest<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  const token = readSessionToken();
  const header: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  let data: unknown;
  try {
    ({ data } = await Taro.request({ url: path, method, data: body, header, dataType: 'json' }));
  } catch {
    throw networkError();
  }
  // An HTML error page or an empty body means the server was not reached as intended.
  if (data === null || typeof data !== 'object') throw networkError();
  return data as T;
}
