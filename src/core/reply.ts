import type { ErrorBody } from './errors';

/** The one envelope every cloud-function reply uses. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const ok = <T>(data: T): Reply<T> => ({ ok: true, data });
export const fail = (error: ErrorBody): Reply<never> => ({ ok: false, error });
