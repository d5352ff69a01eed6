import { AppError, type ErrorCode } from '../../src/core/errors';

/**
 * What went wrong in a sign-in, in the catalogue's words. openid-client wraps the check that
 * failed (oauth4webapi's error, whose cause names the claim) in its own; the chain is walked
 * for the codes, messages and claim it carries.
 */
interface Link {
  name?: string;
  code?: string;
  message?: string;
  claim?: string;
}

const chainOf = (error: unknown): Link[] => {
  const links: Link[] = [];
  for (let at: unknown = error; at && typeof at === 'object' && links.length < 6; at = (at as { cause?: unknown }).cause) {
    const { name, code, message, claim } = at as Record<string, unknown>;
    links.push({ name: String(name ?? ''), code: typeof code === 'string' ? code : undefined, message: typeof message === 'string' ? message : undefined, claim: typeof claim === 'string' ? claim : undefined });
  }
  return links;
};

const CLAIM_CODES: Record<string, ErrorCode> = { iss: 'OIDC_ISSUER_MISMATCH', aud: 'OIDC_AUDIENCE_MISMATCH', azp: 'OIDC_AUDIENCE_MISMATCH', nonce: 'OIDC_NONCE_MISMATCH' };

const codeOf = (error: unknown): ErrorCode => {
  const links = chainOf(error);
  const has = (code: string) => links.some((l) => l.code === code);
  const said = (pattern: RegExp) => links.some((l) => l.message && pattern.test(l.message));
  const claim = links.find((l) => l.claim)?.claim;
  if (has('OAUTH_JWT_CLAIM_COMPARISON_FAILED') && claim && CLAIM_CODES[claim]) return CLAIM_CODES[claim];
  if (has('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) return 'OIDC_TOKEN_EXPIRED';
  if (has('OAUTH_KEY_SELECTION_FAILED') || said(/signature verification failed/)) return 'OIDC_SIGNATURE_INVALID';
  if (said(/"state" response parameter/)) return 'OIDC_STATE_MISMATCH';
  // The provider refused the code or the user cancelled: the sign-in simply did not happen.
  if (links.some((l) => l.name === 'ResponseBodyError' || l.name === 'AuthorizationResponseError')) return 'OIDC_LOGIN_FAILED';
  if (said(/fetch failed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|aborted|timed? ?out/i) || has('OAUTH_RESPONSE_IS_NOT_CONFORM') || has('OAUTH_RESPONSE_IS_NOT_JSON')) return 'OIDC_UNAVAILABLE';
  return 'OIDC_LOGIN_FAILED';
};

/** The AppError for a failed exchange with the identity provider; the detail goes to the function's log. */
export const signInError = (error: unknown): AppError => {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  console.warn('[login] sign-in refused:', code, chainOf(error).map((l) => l.message).join(' <- '));
  return new AppError(code);
};
