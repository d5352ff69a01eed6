import type { Role } from './roles';

/** Who the caller is, as the app sees it (`session.me`). */
export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  unitId?: string;
  unitName?: string;
  enterpriseId?: string;
  enterpriseName?: string;
  /** For an enterprise contact: the steward who serves their enterprise. */
  stewardName?: string;
  stewardPhone?: string;
}
