/**
 * The closed catalogue of error codes shared by the cloud functions and the app. The code is
 * for programs; the message is Chinese and tells a person what to do next (a thrower may give a
 * more precise one). A code not listed here does not type-check, and a test scans the server
 * and the app for codes outside it (test/core/error-catalogue.test.ts).
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: '请先登录或绑定账号后再操作',
  FORBIDDEN: '您的账号没有执行此操作的权限',
  NOT_FOUND: '记录不存在或已被删除',
  VALIDATION_FAILED: '填写的内容有误，请检查后重试',
  UNKNOWN_ACTION: '不支持的操作，请升级小程序后重试',
  CONFLICT: '记录已被他人修改，请刷新后重试',
  INVALID_STATE: '当前状态不能执行此操作，请刷新后查看最新状态',
  ACCOUNT_DISABLED: '账号已停用，请联系区科经委',
  ALREADY_BOUND: '您的微信已绑定账号，无需重复绑定',
  DESK_ROLE_REFUSED: '企业用户请在微信小程序中使用，专窗平台仅供政府工作人员登录',
  DESK_UNBOUND: '您的统一身份认证账号尚未绑定专窗平台账号，请输入区科经委发放的一次性绑定码',
  OIDC_UNAVAILABLE: '统一身份认证服务暂时无法访问，请稍后重试',
  OIDC_LOGIN_FAILED: '统一身份认证登录未完成，请重新登录',
  OIDC_STATE_MISMATCH: '登录请求与本浏览器发起的不一致，请重新登录',
  OIDC_SIGNATURE_INVALID: '身份凭证签名无效，已拒绝登录',
  OIDC_ISSUER_MISMATCH: '身份凭证不是由统一身份认证签发的，已拒绝登录',
  OIDC_AUDIENCE_MISMATCH: '身份凭证不是签发给专窗平台的，已拒绝登录',
  OIDC_TOKEN_EXPIRED: '身份凭证已过期，请重新登录',
  OIDC_NONCE_MISMATCH: '身份凭证与本次登录请求不符，已拒绝登录',
  BINDING_CODE_INVALID: '绑定码不可用，请联系发放人重新获取',
  /** After 5 wrong codes within 15 minutes (src/core/org/binding-code.rules.ts). */
  BINDING_LOCKED: '绑定码错误次数过多，请 15 分钟后再试',
  RATIO_EXCEEDED: '本单位管家平均服务企业数将超过 10 家，请先增加管家',
  IMPORT_REJECTED: '导入文件有错误，未导入任何企业，请修改后重新上传',
  DUPLICATE: '记录已存在',
  PROGRESS_REFUSED: '学习进度异常，请从上次的位置继续学习',
  SIGN_IN_CLOSED: '不在签到时间内，请在活动开始前 30 分钟至结束前签到',
  STAFFING_RULE: '每个单位只设一名总管家、每位管家只配一名联络员；确需例外请由区科经委说明理由后配置',
  HANDOVER_FIRST: '该管家名下还有企业，请先办理管家交接',
  INTERNAL: '系统繁忙，请稍后重试',
  /** Raised by the app itself when the cloud cannot be reached; the server never sends it. */
  NETWORK: '网络连接失败，请检查网络后重试',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** For codes arriving from outside (a reply body): anything not in the catalogue is INTERNAL. */
export const errorCodeOf = (code: unknown): ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code) ? (code as ErrorCode) : 'INTERNAL';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level problems for forms: path → Chinese message. */
  fields?: Record<string, string>;
  /** Structured detail for some codes, e.g. the rows an import refused. */
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.fields = fields;
    this.details = details;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message };
    if (this.fields) body.fields = this.fields;
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
export const invalid = (message: string, fields?: Record<string, string>) =>
  new AppError('VALIDATION_FAILED', message, fields);
