/**
 * One caller's refused calls in one hour (Shanghai), as the district's security view shows
 * them: who (an account, or a WeChat user without one, or no identity at all), how many, why,
 * and on which actions.
 */
export interface RefusalView {
  id: string;
  /** Start of the hour, ISO. */
  hour: string;
  caller: { kind: 'account' | 'wechat' | 'anonymous'; userId?: string; name?: string; role?: string; openid?: string };
  total: number;
  /** By reason code: UNAUTHENTICATED, FORBIDDEN, ACCOUNT_DISABLED, BINDING_CODE_INVALID, BINDING_LOCKED. */
  reasons: Record<string, number>;
  /** By action name. */
  actions: Record<string, number>;
  firstAt: string;
  lastAt: string;
}
