import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { handleToReply, submitReport } from './integrity-fixtures';

/**
 * Guideline art. 11: the steward, the liaison and the unit never see an integrity report, that
 * one exists, or how many there are. Generated from the registry: every action, called as each
 * of those people with inputs that point at the report (its id, its number, the reporter's
 * enterprise and account), must answer nothing that mentions it; every read action must answer
 * exactly what it answered before the report existed; and nothing they were sent may speak of it.
 */
const NOW = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Shanghai
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
const SHIELDED = { steward: DEMO.steward, liaison: DEMO.liaison, unitAdmin: DEMO.unitAdmin, otherSteward: DEMO.otherSteward, department: DEMO.department };
const SHIELDED_USERS = ['u-steward-01', 'u-steward-02', 'u-liaison-01', 'u-unit-admin-z01', 'u-dept-01'];
const TEXTS = {
  note: '调查记录：已调阅往来微信记录 CANARY-NOTE-7f3a。',
  findings: '认定意见：推荐指定中介属实 CANARY-FINDINGS-7f3a。',
  reply: '答复：已严肃处理 CANARY-REPLY-7f3a，感谢监督。',
};

interface ActionInfo {
  name: string;
  writes: string | false;
  input: JsonSchema;
}
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** Every property name any branch of an input schema has. */
const propertiesOf = (schema: JsonSchema): string[] => [
  ...Object.keys(schema.properties ?? {}),
  ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(propertiesOf),
];

/** Inputs that could reference the report: each id-like field set to each reference, plus paging and year. */
const inputsFor = (action: ActionInfo, references: string[]): object[] => {
  const props = new Set(propertiesOf(action.input));
  const idFields = [...props].filter((p) => /(^id$|Id$|^code$|^keyword$)/.test(p));
  const extras = { ...(props.has('pageSize') ? { pageSize: 50 } : {}), ...(props.has('state') ? { state: 'all' } : {}), ...(props.has('year') ? { year: 2026 } : {}) };
  return [{}, extras, ...references.map((ref) => ({ ...extras, ...Object.fromEntries(idFields.map((f) => [f, ref])) }))];
};

describe('the integrity channel is invisible to stewards, liaisons and units', () => {
  let t: TestCloud;
  let actions: ActionInfo[];
  beforeAll(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    jest.setSystemTime(NOW);
    t = openTestCloud({ now: NOW });
    actions = await (t.cloud.loadFunction('api').describeActions as () => Promise<ActionInfo[]>)();
  });
  afterAll(() => {
    t.close();
    jest.useRealTimers();
  });

  const reads = () => actions.filter((a) => a.writes === false);
  /** Every read action's answer for each shielded person and input, keyed for comparison. */
  const snapshot = async (references: string[]) => {
    const answers: Record<string, string> = {};
    for (const [who, openid] of Object.entries(SHIELDED)) {
      for (const action of reads()) {
        for (const input of inputsFor(action, references)) {
          // An export writes a new file each time: its link differs, whatever it holds.
          answers[`${who} ${action.name} ${JSON.stringify(input)}`] = JSON.stringify(await t.call(openid, action.name, input)).replace(/(cloud:\/\/|https?:\/\/)[^"]*/g, '<link>');
        }
      }
    }
    return answers;
  };

  it('answers every action as if no report existed, and tells them nothing of it', async () => {
    // Settle the timers first, so the only change between the two snapshots is the reports.
    await t.cloud.fireTimer('cron', 'hourly', NOW);
    const enterprise = 'ent-001';
    const reporter = 'u-ent-001';
    const before = await snapshot([enterprise, reporter, 'unit-z01']);

    // Two reports about steward-01: one handled to its reply (a confirmed finding), with the reporter's
    // screenshot uploaded to a path issued for it; one left waiting past its deadline.
    const screenshot = await t.upload(DEMO.enterprise, 'integrity', 'CANARY-FILE-7f3a.png', PNG);
    const handled = await submitReport(t, { attachments: [{ fileID: screenshot, name: 'CANARY-FILE-7f3a.png' }] });
    const waiting = await submitReport(t, { category: '不作为、慢作为', description: '诉求提交后管家迟迟不审核，多次催促无回应 CANARY-DESC-7f3a。' });
    dataOf(await t.as(DEMO.district).call('integrity.get', { id: handled.id }));
    await handleToReply(t, handled.id, TEXTS);
    await t.cloud.run(async () => {
      await t.cloud.database().collection('integrity_reports').doc(waiting.id).update({ data: { ackDueAt: new Date(NOW.getTime() - 3_600_000) } });
    });
    await t.cloud.fireTimer('cron', 'hourly', NOW);
    const [report] = await t.read('integrity_reports', { _id: handled.id });
    expect(report.attachments).toEqual([expect.objectContaining({ fileID: screenshot, contentType: 'image/png' })]);
    const [upload] = await t.read('uploads', { purpose: 'integrity' });
    const marks = [handled.id, handled.number, waiting.id, waiting.number, 'CANARY', 'integrity', '廉洁', '亲清', report.description.slice(0, 12), upload._id];
    const mentions = (text: string) => marks.filter((m) => text.includes(m));

    // The check can see a report: the district, asked the same way, is answered with it.
    const districtAnswers: string[] = [];
    for (const action of actions) {
      for (const input of inputsFor(action, [handled.id])) districtAnswers.push(JSON.stringify(await t.call(DEMO.district, action.name, input)));
    }
    expect(districtAnswers.some((a) => mentions(a).includes(handled.id))).toBe(true);

    // Reads answer exactly as before: no list, count, figure or dashboard moved.
    const after = await snapshot([enterprise, reporter, 'unit-z01']);
    expect(Object.keys(after).filter((key) => after[key] !== before[key])).toEqual([]);

    // No action, whatever it is pointed at, answers anything that mentions the reports.
    const GENERIC_WORDS = ['integrity', '廉洁', '亲清'];
    const worded = (who: string, name: string) => Object.entries(before).some(([key, answer]) => key.startsWith(`${who} ${name} `) && GENERIC_WORDS.some((w) => answer.includes(w)));
    const leaks: string[] = [];
    for (const [who, openid] of Object.entries(SHIELDED)) {
      for (const action of actions) {
        for (const input of inputsFor(action, [handled.id, handled.number, waiting.id, enterprise, reporter, screenshot])) {
          // Wording an answer carried before any report existed (the assessment scheme's 口径 names the
          // integrity deduction) is not about the reports: only their ids, numbers and text count there.
          const found = mentions(JSON.stringify(await t.call(openid, action.name, input))).filter((m) => !(GENERIC_WORDS.includes(m) && worded(who, action.name)));
          if (found.length) leaks.push(`${who} ${action.name} ${JSON.stringify(input)}: ${found.join(', ')}`);
        }
      }
    }
    expect(leaks).toEqual([]);

    // Nothing they were sent, in the app or by WeChat, speaks of it; the district and the reporter were told.
    const sent = [...(await t.read('messages')), ...(await t.read('notifications')), ...(await t.read('_local_wx_outbox'))];
    const toShielded = sent.filter((m) => SHIELDED_USERS.includes(m.userId) || Object.values(SHIELDED).includes(m.touser));
    expect(toShielded.filter((m) => mentions(JSON.stringify(m)).length)).toEqual([]);
    const kindsTo = (userId: string) => sent.filter((m) => m.userId === userId).map((m) => m.kind);
    expect(kindsTo('u-district-01')).toEqual(expect.arrayContaining(['todo:integrity', 'overdue:integrity_ack']));
    expect(kindsTo(reporter)).toEqual(expect.arrayContaining(['status:integrity_replied']));
  }, 300_000);
});
