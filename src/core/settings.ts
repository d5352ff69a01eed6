/**
 * Every setting the cloud functions and the app read from their environment, declared once.
 *
 * - A cloud function refuses to start without its required settings (server/runtime/settings.ts);
 *   the weapp production build refuses to build without the app's (config/index.ts); both name
 *   what is missing. `npm run deploy` sets the functions' variables from this list and
 *   `npm run doctor` checks them.
 * - `localValue` is what the local cloud gives the functions it hosts and what H5 and development
 *   builds use. It never reaches production: nothing falls back to it there.
 *
 * A new setting is declared here, not read ad hoc with `process.env`.
 */
import { TEMPLATE_KEYS, TEMPLATE_PURPOSE, type TemplateKey } from './notify/templates';

/** The deployed cloud functions (cloudfunctions/<name>). */
export const FUNCTION_NAMES = ['api', 'cron', 'login'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export interface SettingDeclaration {
  /** The environment variable. */
  name: string;
  /** What it is and where its value comes from. */
  description: string;
  /** Production refuses to start (functions) or to build (weapp) without it. */
  requiredInProduction: boolean;
  /** The value the local cloud, H5 and development builds and the tests use. */
  localValue?: string;
}

export interface FunctionSetting extends SettingDeclaration {
  /** The functions that read it (and that `npm run deploy` sets it on). */
  functions: readonly FunctionName[];
}

/** The id the function and the app settings use for a template: demandStatus → DEMAND_STATUS. */
const templateSuffix = (key: TemplateKey) => key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
export const templateSettingName = (key: TemplateKey): string => `TPL_${templateSuffix(key)}`;
export const appTemplateSettingName = (key: TemplateKey): string => `TARO_APP_TPL_${templateSuffix(key)}`;

/** The local stand-in WeChat accepts these; real ids come from the MP console's 订阅消息. */
const LOCAL_TEMPLATE_IDS: Record<TemplateKey, string> = {
  demandStatus: 'tpl-demand-status',
  todo: 'tpl-todo',
  visitReminder: 'tpl-visit-reminder',
  serviceNotice: 'tpl-service-notice',
};

/**
 * The desk console's sign-in (login function): the unified identity provider (OpenID Connect) and
 * the CloudBase custom-login key. The local values point at the local provider the local server
 * runs on its default port (it gives the functions the real address when it serves elsewhere);
 * the local cloud makes its own custom-login key.
 */
export const DESK_SIGN_IN_SETTINGS: readonly FunctionSetting[] = [
  { name: 'OIDC_ISSUER', description: '统一身份认证（OpenID Connect）的 issuer 地址，其 /.well-known/openid-configuration 可访问', requiredInProduction: true, functions: ['login'], localValue: 'http://127.0.0.1:8787/local/oidc' },
  { name: 'OIDC_CLIENT_ID', description: '在统一身份认证登记的专窗平台客户端 id', requiredInProduction: true, functions: ['login'], localValue: 'pudong-desk' },
  { name: 'OIDC_CLIENT_SECRET', description: '该客户端的密钥（仅登录云函数持有，不进入网页）', requiredInProduction: true, functions: ['login'], localValue: 'local-desk-secret' },
  { name: 'OIDC_REDIRECT_URI', description: '登记的回调地址：专窗平台网页的根地址，如 https://desk.example.gov.cn/', requiredInProduction: true, functions: ['login'], localValue: 'http://127.0.0.1:8787/' },
  { name: 'CUSTOM_LOGIN_KEY', description: '云开发自定义登录私钥：控制台“身份认证 → 登录方式 → 自定义登录 → 私钥下载”所得 JSON 文件的内容', requiredInProduction: true, functions: ['login'] },
];

export const FUNCTION_SETTINGS: readonly FunctionSetting[] = [
  ...TEMPLATE_KEYS.map((key) => ({
    name: templateSettingName(key),
    description: `订阅消息模板 id（${TEMPLATE_PURPOSE[key]}），MP 后台“订阅消息”中选用的模板`,
    requiredInProduction: true,
    // api sends on demand steps; cron sends supervision and visit reminders.
    functions: ['api', 'cron'] as const,
    localValue: LOCAL_TEMPLATE_IDS[key],
  })),
  ...DESK_SIGN_IN_SETTINGS,
];

/** Build-time settings of the app (`TARO_APP_*`, replaced literally into the bundle). */
export const APP_SETTINGS: readonly SettingDeclaration[] = [
  { name: 'TARO_APP_APPID', description: '小程序 AppID（写入 dist/weapp/project.config.json）', requiredInProduction: true, localValue: 'touristappid' },
  { name: 'TARO_APP_CLOUD_ENV', description: '云开发环境 id（Taro.cloud.init）', requiredInProduction: true, localValue: 'local' },
  ...TEMPLATE_KEYS.map((key) => ({
    name: appTemplateSettingName(key),
    description: `订阅消息模板 id（${TEMPLATE_PURPOSE[key]}），与云函数的 ${templateSettingName(key)} 相同`,
    requiredInProduction: true,
    localValue: LOCAL_TEMPLATE_IDS[key],
  })),
];

export type Environment = Record<string, string | undefined>;

export const functionSettings = (fn: FunctionName): FunctionSetting[] => FUNCTION_SETTINGS.filter((s) => s.functions.includes(fn));

/** Names of the required settings that `env` lacks (an empty or blank value counts as missing). */
export const missingSettings = (declared: readonly SettingDeclaration[], env: Environment): string[] =>
  declared.filter((s) => s.requiredInProduction && !env[s.name]?.trim()).map((s) => s.name);

/** The local values of the declared settings, for the environments that stand in for production. */
export const localValues = (declared: readonly SettingDeclaration[]): Record<string, string> =>
  Object.fromEntries(declared.filter((s) => s.localValue !== undefined).map((s) => [s.name, s.localValue as string]));

/** One message naming every missing setting with what it is. */
export const describeMissing = (what: string, declared: readonly SettingDeclaration[], missing: string[], where = 'src/core/settings.ts'): string =>
  [
    `${what}: missing required setting${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    ...declared.filter((s) => missing.includes(s.name)).map((s) => `  ${s.name}: ${s.description}`),
    `(declared in ${where})`,
  ].join('\n');
