/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The build target; replaced at build time, so `=== 'h5'` branches drop out of weapp. */
    TARO_ENV: 'weapp' | 'h5' | undefined;
    /** Mini-program AppID (client). Set in the shell or a git-ignored `.env.*.local`. */
    TARO_APP_APPID?: string;
    /** WeChat cloud environment id for `Taro.cloud.init`. Never hard-coded. */
    TARO_APP_CLOUD_ENV?: string;
    /** Taro's own name for the appid it writes into dist/weapp/project.config.json. */
    TARO_APP_ID?: string;
    /** Subscribe-message template ids from the MP console; unset: the local cloud's defaults. */
    TARO_APP_TPL_DEMAND_STATUS?: string;
    TARO_APP_TPL_TODO?: string;
    TARO_APP_TPL_VISIT_REMINDER?: string;
    TARO_APP_TPL_SERVICE_NOTICE?: string;
  }
}
