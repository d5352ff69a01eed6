import { useSession } from '@/hooks/use-session';

/** The signed-in role, or '' while the session loads. */
export function useRole(): string {
  const { session } = useSession();
  return session.status === 'ready' ? (session.user?.role ?? '') : '';
}
