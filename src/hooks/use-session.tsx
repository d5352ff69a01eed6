import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionUser } from '@/core/session.model';
import { CloudError, toCloudError } from '@/services/cloud-error';
import { clearSessionToken, readSessionToken } from '@/services/session-token';
import { fetchMe } from '@/services/session.service';
import { H5_ON_CLOUDBASE } from '@/services/cloud';
import { finishDeskSignIn, isDeskReturn } from '@/services/desk-sign-in';

type SessionState =
  | { status: 'loading' }
  /**
   * H5 only: not signed in, so the person must pick an identity (local) or sign in through the
   * unified identity provider (desk console); `problem` says why a desk sign-in just failed.
   */
  | { status: 'signed-out'; problem?: CloudError }
  /** `user: null` = this WeChat user is not bound to an account yet. */
  | { status: 'ready'; user: SessionUser | null }
  | { status: 'error'; error: CloudError };

interface SessionValue {
  session: SessionState;
  /** Loads `session.me` again, e.g. after signing in as another identity. */
  reload: () => Promise<void>;
  /** H5 only: forgets the local token. */
  signOut: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

// On CloudBase the desk session lives in the SDK; only the local server's sessions are tokens here.
const hasNoLocalToken = () => process.env.TARO_ENV === 'h5' && !H5_ON_CLOUDBASE && !readSessionToken();

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const reload = useCallback(async () => {
    if (isDeskReturn()) {
      setSession({ status: 'loading' });
      try {
        await finishDeskSignIn();
      } catch (err) {
        setSession({ status: 'signed-out', problem: toCloudError(err) });
        return;
      }
    }
    if (hasNoLocalToken()) {
      setSession({ status: 'signed-out' });
      return;
    }
    setSession({ status: 'loading' });
    try {
      const { user } = await fetchMe();
      setSession({ status: 'ready', user });
    } catch (err) {
      const error = toCloudError(err);
      // A stale local token (the demo server was reset) means: pick an identity again.
      if (process.env.TARO_ENV === 'h5' && error.code === 'UNAUTHENTICATED') {
        clearSessionToken();
        setSession({ status: 'signed-out' });
        return;
      }
      setSession({ status: 'error', error });
    }
  }, []);

  const signOut = useCallback(() => {
    clearSessionToken();
    setSession({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const value = useMemo(() => ({ session, reload, signOut }), [session, reload, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The signed-in person, loaded once for the whole app (provided in app.tsx). */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The session where a provider gives one, else null (shared layout pieces rendered on their own, as in page tests). */
export function useSessionIfAny(): SessionValue | null {
  return useContext(SessionContext);
}
