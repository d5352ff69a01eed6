/**
 * What the cloud functions' build puts in place of zod's locales other than English (its default)
 * and Chinese (server/runtime/validation.ts): `z.locales` lists every language zod ships (a third
 * of the bundle), which every cold start compiled. A locale taken from here gives no messages of
 * its own, so zod's English ones stand.
 */
export default () => ({ localeError: () => undefined });
