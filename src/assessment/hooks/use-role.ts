import { useSession } from '@/hooks/use-session';

/** Whether the signed-in account is the district's or a unit's: the assessment screens show each its own actions. */
export function useIsDistrict(): boolean {
  const { session } = useSession();
  return session.status === 'ready' && session.user?.role === 'district_admin';
}

export function useIsUnitAdmin(): boolean {
  const { session } = useSession();
  return session.status === 'ready' && session.user?.role === 'unit_admin';
}
