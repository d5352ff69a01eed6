import { action } from './action';

/** `user: null` means this WeChat user is not bound to any account yet. */
export const fetchMe = action('session.me');
