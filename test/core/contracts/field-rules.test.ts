import { days, text } from '../../../src/core/contracts/common.contracts';
import { CONTACT_TEXT } from '../../../src/core/contracts/contact.fields';
import { DEMAND_TEXT, STEP_TEXT } from '../../../src/core/contracts/demand.fields';
import { demandSubmitInput } from '../../../src/core/contracts/demand.contracts';
import { FOLLOW_UP_NOTE, POLICY_TEXT, PROMISE_OUTCOME, PROMISE_TEXT, RESEARCH_TEXT } from '../../../src/core/contracts/fieldwork.fields';
import { CONTACT_CADENCE, ENTERPRISE_TEXT, PERSON_NAME, PROPOSAL_REASON, VISIT_CADENCE } from '../../../src/core/contracts/org.fields';
import { REPORT_FIELD_RULES, reportTextRule } from '../../../src/core/contracts/report.fields';
import { daysProblem, textProblem, type DayRule, type TextRule } from '../../../src/core/contracts/text-rule';
import { type DemandDraft, validateDemandDraft } from '../../../src/utils/demand-draft.rules';

/**
 * The app checks drafts with the plain rules (textProblem, daysProblem) and the server with the
 * zod schemas built from the same rules: both must give the same verdict in the same words.
 */
const firstMessage = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => (result.success ? undefined : result.error!.issues[0].message);

const reportTexts = Object.values(REPORT_FIELD_RULES)
  .flat()
  .flatMap((field) => (field.kind === 'text' ? [reportTextRule(field)] : []));

const named = (group: string, rules: Record<string, TextRule>) => Object.entries(rules).map(([key, rule]): [string, TextRule] => [`${group}.${key}`, rule]);

const TEXT_RULES: Array<[string, TextRule]> = [
  ...named('demand', DEMAND_TEXT),
  ...named('step', STEP_TEXT),
  ...named('contact', CONTACT_TEXT),
  ...named('enterprise', ENTERPRISE_TEXT),
  ...named('research', RESEARCH_TEXT),
  ...named('promise', PROMISE_TEXT),
  ...named('policy', POLICY_TEXT),
  ['PERSON_NAME', PERSON_NAME],
  ['PROPOSAL_REASON', PROPOSAL_REASON],
  ['PROMISE_OUTCOME', PROMISE_OUTCOME],
  ['FOLLOW_UP_NOTE', FOLLOW_UP_NOTE],
  ...reportTexts.map((rule): [string, TextRule] => [`report ${rule.label}`, rule]),
];

/** Typed values around each limit, with the spaces people leave that both sides trim. */
const samplesFor = (rule: TextRule) => {
  const lengths = [0, 1, rule.min - 1, rule.min, rule.max, rule.max + 1].filter((n) => n >= 0);
  // Within the limits but carrying a character no reader sees: control, zero-width, bidi, tag.
  const fits = '字'.repeat(Math.max(rule.min, 2) - 1);
  const hidden = ['\u0007', '\u200B', '\u202E', '\u2066', '\u{E0041}'].map((c) => `${fits.slice(0, 1)}${c}${fits.slice(1)}`);
  return [...[...new Set(lengths)].flatMap((n) => ['字'.repeat(n), ` ${'字'.repeat(n)}  `]), ...hidden];
};

describe('text fields: the device check and the contract agree', () => {
  it.each(TEXT_RULES)('%s', (_name, rule) => {
    const schema = text(rule);
    for (const typed of samplesFor(rule)) {
      expect({ typed, problem: textProblem(typed, rule) }).toEqual({ typed, problem: firstMessage(schema.safeParse(typed)) });
    }
  });
});

describe('day counts: the device check and the contract agree', () => {
  it.each<[string, DayRule]>([
    ['contact cadence', CONTACT_CADENCE],
    ['visit cadence', VISIT_CADENCE],
  ])('%s', (_name, rule) => {
    for (const n of [rule.min - 1, rule.min, rule.max, rule.max + 1]) {
      expect({ n, problem: daysProblem(String(n), rule) }).toEqual({ n, problem: firstMessage(days(rule).safeParse(n)) });
    }
  });
});

describe('a demand draft the device accepts is one the server accepts', () => {
  const draft: DemandDraft = { category: '融资', title: '贷款贴息', description: '希望了解贷款贴息政策的申请条件。', urgency: 'normal' as const, clientRequestId: 'draft-12345678', attachments: [] };

  it.each<[string, Record<string, string>]>([
    ['a good draft', {}],
    ['a short title', { title: '贷' }],
    ['an empty description', { description: '  ' }],
    ['a long title', { title: '长'.repeat(51) }],
    ['an unknown category and a short title', { category: '借钱', title: '贷' }],
    ['a title with a right-to-left override', { title: '贷款\u202E贴息' }],
    ['a description with a zero-width space', { description: '希望了解贷款贴息政策的\u200B申请条件。' }],
  ])('%s', (_name, change) => {
    // A category the picker never offers stands for a tampered or stale draft.
    const candidate = { ...draft, ...change } as DemandDraft;
    const device = validateDemandDraft(candidate);
    const server = demandSubmitInput.safeParse(candidate);
    expect(Object.keys(device).length === 0).toBe(server.success);
    // The server shows the first message of each field, as parseInput does.
    const shown: Record<string, string> = {};
    for (const issue of server.error?.issues ?? []) shown[String(issue.path[0])] ??= issue.message;
    expect(device).toEqual(shown);
  });
});
