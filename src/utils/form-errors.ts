/** Field errors on the device and from the server, in the shape every form shows them. */

export const hasErrors = (errors: object) => Object.keys(errors).length > 0;

/** The problems found, without the fields that passed, so `hasErrors` counts only problems. */
export const presentErrors = <E extends Record<string, string | undefined>>(found: E): { [K in keyof E]?: string } =>
  Object.fromEntries(Object.entries(found).filter(([, message]) => message)) as { [K in keyof E]?: string };

/**
 * Server field errors arrive keyed by path (`who`, `checkIn.latitude`, `input.name`); a form
 * knows its own field names. Known fields go by the field, the rest into one form-level line.
 */
export function splitFieldErrors<F extends string>(fields: Record<string, string> | undefined, known: readonly F[]) {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields ?? {})) {
    const segments = path.split('.');
    const field = segments.find((s) => (known as readonly string[]).includes(s)) as F | undefined;
    if (field) byField[field] ??= message;
    else other.push(message);
  }
  return { byField, other };
}
