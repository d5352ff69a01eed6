import type { SessionUser } from '@/core/session.model';
import { callAction } from './cloud';

/** `user: null` means this WeChat user is not bound to any account yet. */
export const fetchMe = () => callAction<{ user: SessionUser | null }>('session.me');
