import * as client from 'openid-client';
import { signInError } from './oidc-errors';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Plain HTTP only for a provider on this machine (the local one); anything else must be HTTPS. */
const isLoopback = (url: URL) => url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * The desk console's OpenID Connect client (openid-client): authorization code with PKCE, a
 * confidential client (the secret stays in the login function). The ID token is checked for
 * issuer, audience, expiry and nonce, and its signature against the provider's JWKS even though
 * it arrives straight from the token endpoint (enableNonRepudiationChecks): the provider's word
 * is the only thing a desk session rests on.
 */
export const createOidcClient = (settings: OidcSettings) => {
  let configuration: Promise<client.Configuration> | undefined;
  const discover = async () => {
    const issuer = new URL(settings.issuer);
    const options = isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    // client_secret_basic: the default method of OpenID Connect, which every provider supports.
    const config = await client.discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), options);
    client.enableNonRepudiationChecks(config);
    return config;
  };
  // Discovered once per function instance; a failed discovery is tried again on the next sign-in.
  const config = () =>
    (configuration ??= discover().catch((error) => {
      configuration = undefined;
      throw error;
    }));

  return {
    /** Where to send the browser, and the checks it must bring back. */
    async begin(): Promise<OidcChecks & { authorizationUrl: string }> {
      try {
        const codeVerifier = client.randomPKCECodeVerifier();
        const checks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier };
        const url = client.buildAuthorizationUrl(await config(), {
          redirect_uri: settings.redirectUri,
          scope: 'openid',
          code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
          state: checks.state,
          nonce: checks.nonce,
        });
        return { ...checks, authorizationUrl: url.href };
      } catch (error) {
        throw signInError(error);
      }
    },

    /** Redeem the code the provider redirected back with; answers the verified subject (`sub`). */
    async finish(query: string, checks: OidcChecks): Promise<string> {
      try {
        const returned = new URL(settings.redirectUri);
        returned.search = query;
        const tokens = await client.authorizationCodeGrant(
          await config(),
          returned,
          { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true },
          { redirect_uri: settings.redirectUri },
        );
        const subject = tokens.claims()?.sub;
        if (!subject) throw new Error('ID token without sub');
        return subject;
      } catch (error) {
        throw signInError(error);
      }
    },
  };
};

export type OidcClient = ReturnType<typeof createOidcClient>;
