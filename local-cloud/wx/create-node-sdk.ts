import realNodeSdk from '@cloudbase/node-sdk';
import { callScope } from '../runtime/call-context';
import type { CustomLoginKey } from './custom-login';

interface InitConfig {
  env?: string | symbol;
  credentials?: CustomLoginKey;
}

/**
 * The `@cloudbase/node-sdk` that cloud functions get locally, for what the platform uses of it:
 * who is calling (`auth().getUserInfo()`, which in CloudBase reads the invocation's TCB_*
 * context, here the call's own scope) and custom-login tickets (`auth().createTicket`, signed by
 * the real SDK with the credentials the function passes, so the ticket is byte for byte what
 * CloudBase would get).
 */
export const createNodeSdk = (env: string) => {
  const envName = (given: InitConfig['env']) => (typeof given === 'string' ? given : env);
  return {
    SYMBOL_CURRENT_ENV: realNodeSdk.SYMBOL_CURRENT_ENV,
    init: (config: InitConfig = {}) => ({
      auth: () => ({
        getUserInfo: () => {
          const scope = callScope.getStore();
          const customUserId = scope?.user?.customUserId ?? '';
          return {
            openId: scope?.wx.OPENID ?? '',
            appId: scope?.wx.OPENID ? scope.wx.APPID : '',
            uid: customUserId ? `local-custom-${customUserId}` : '',
            customUserId,
            isAnonymous: !scope?.wx.OPENID && !customUserId,
          };
        },
        createTicket: (uid: string, options?: object) =>
          realNodeSdk.init({ env: envName(config.env), credentials: config.credentials } as never).auth().createTicket(uid, options),
      }),
    }),
  };
};

export type LocalNodeSdk = ReturnType<typeof createNodeSdk>;
