import * as z from 'zod';
import { linkProblem } from './link-rule';
import { dayMaxMessage, dayMinMessage, hasHiddenCharacters, hiddenCharacterMessage, longMessage, shortMessage, type DayRule, type TextRule, missingMessage } from './text-rule';

/** Schema pieces every contract uses; the limits and wording come from the plain rules. */

/**
 * A schema built on its first use (zod's lazy). Building ~150 action schemas was most of what the
 * api function spent loading (~55 ms of a cold start on the 2-core machine), and a call uses one.
 */
export const deferred = <T extends z.ZodType>(build: () => T) => z.lazy(build);

/**
 * A value built on its first call, then kept: the schema pieces and maps of schemas several
 * contracts share, which as constants would be built when the bundle loads.
 */
export const once = <T>(build: () => T): (() => T) => {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
};

/** The paging fields of a list's input, spread into its object: `{ ...pageInput() }`. */
export const pageInput = once(() => ({
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
}));

/** An action that takes nothing. */
export const emptyInput = deferred(() => z.object({}));

export const id = (what: string) => z.string({ error: `缺少${what}` }).min(1, { error: `缺少${what}` }).max(64);

export const date = (what: string) => z.iso.date({ error: `请选择${what}` });

/** Refuses the characters no reader sees (text-rule.ts); every text an action stores passes it. */
export const visible = (schema: z.ZodString, label: string) => schema.refine((value) => !hasHiddenCharacters(value), { error: hiddenCharacterMessage(label) });

/** A trimmed text within the rule's limits, refused in the rule's words (an empty one as `missing`). */
export const text = (rule: TextRule) => {
  const trimmed = z.string({ error: missingMessage(rule) }).trim();
  const filled = rule.min > 0 && rule.missing ? trimmed.min(1, { error: rule.missing }) : trimmed;
  return visible((rule.min > 0 ? filled.min(rule.min, { error: shortMessage(rule) }) : filled).max(rule.max, { error: longMessage(rule) }), rule.label);
};

/** A web link (link-rule.ts): http(s) only, refused in the same words as on the device. */
export const webLink = (max: number) =>
  z.string().trim().check((ctx) => {
    const problem = linkProblem(ctx.value, max);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** An optional text: empty when not given. */
export const optionalText = (rule: TextRule) => text(rule).default('');

export const days = (rule: DayRule) => z.number().int().min(rule.min, { error: dayMinMessage(rule) }).max(rule.max, { error: dayMaxMessage(rule) });
