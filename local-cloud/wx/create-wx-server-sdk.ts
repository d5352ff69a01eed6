import realSdk from 'wx-server-sdk';
import { asDatabase } from '../../server/runtime/cloud-types';
import { callScope, type WXContext } from '../runtime/call-context';
import type { LocalStorage } from './storage';
import type { createSubscribeMessage } from './subscribe-message';

export interface LocalCloudServices {
  env: string;
  appid: string;
  invoke: (name: string, event: unknown, wx: Omit<WXContext, 'APPID' | 'ENV'>) => Promise<unknown>;
  storage: LocalStorage;
  subscribeMessage: ReturnType<typeof createSubscribeMessage>;
}

let realSdkReady = false;

/**
 * The `wx-server-sdk` that cloud functions get locally. The database is the REAL SDK (its query
 * builder, serialisation and result shapes), whose requests the local database bridge serves;
 * identity, function calls, storage and openapi are local equivalents.
 */
export const createWxServerSdk = (services: LocalCloudServices) => {
  if (!realSdkReady) {
    realSdk.init({ env: services.env } as never);
    realSdkReady = true;
  }
  const wxContext = (): WXContext => {
    const scope = callScope.getStore();
    return scope ? { ...scope.wx } : ({ APPID: services.appid, ENV: services.env } as WXContext);
  };
  const ok = (api: string) => `${api}:ok`;

  return {
    DYNAMIC_CURRENT_ENV: realSdk.DYNAMIC_CURRENT_ENV,
    init: () => undefined,
    getWXContext: wxContext,
    database: (config?: object) => asDatabase(realSdk.database(config as never)),
    async callFunction({ name, data }: { name: string; data?: unknown }) {
      const caller = wxContext();
      const result = await services.invoke(name, data ?? {}, { OPENID: caller.OPENID, SOURCE: 'wx_cloud' });
      return { result, errMsg: ok('cloud.callFunction'), requestID: `local-${Date.now()}` };
    },
    async uploadFile({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer | string }) {
      return services.storage.upload(cloudPath, fileContent);
    },
    async getTempFileURL({ fileList }: { fileList: Array<string | { fileID: string; maxAge?: number }> }) {
      return services.storage.tempUrls(fileList);
    },
    async downloadFile({ fileID }: { fileID: string }) {
      const content = services.storage.read(services.storage.cloudPathOf(fileID));
      if (!content) throw Object.assign(new Error('storage file not exists'), { errCode: -503003 });
      return { fileContent: content, statusCode: 200, errMsg: ok('downloadFile') };
    },
    async deleteFile({ fileList }: { fileList: string[] }) {
      return services.storage.remove(fileList);
    },
    openapi: {
      subscribeMessage: { send: (req: Parameters<LocalCloudServices['subscribeMessage']['send']>[0]) => services.subscribeMessage.send(req) },
    },
    logger: () => console,
  };
};

export type LocalWxServerSdk = ReturnType<typeof createWxServerSdk>;
