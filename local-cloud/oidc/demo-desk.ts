import { createLocalProvider } from './local-provider';
import { DEMO_DESK_PASSWORD, DEMO_DESK_PEOPLE, localDeskSettings } from './demo-people';

/** The local unified identity provider, for the desk console at this server's address (kept apart: oidc-provider is an ES module). */
export const startLocalDeskProvider = (publicUrl: string) => {
  const settings = localDeskSettings(publicUrl);
  return createLocalProvider({
    issuer: settings.OIDC_ISSUER,
    client: { id: settings.OIDC_CLIENT_ID, secret: settings.OIDC_CLIENT_SECRET, redirectUri: settings.OIDC_REDIRECT_URI },
    users: DEMO_DESK_PEOPLE,
    password: DEMO_DESK_PASSWORD,
  });
};

