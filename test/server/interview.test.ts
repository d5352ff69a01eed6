import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

// Thursday 2 April 2026, 10:00 in Shanghai: the first quarter has just ended.
const AFTER_Q1 = new Date('2026-04-02T02:00:00Z');
const RECORD = {
  quarterDate: '2026-03-31', unitId: 'unit-z01', date: '2026-04-02', attendees: '区科经委 张处长；陆家嘴管理局 王总管',
  problems: '一季度走访覆盖率全区倒数，两件诉求二次差评。', commitments: '一个月内补齐逾期走访，差评诉求逐件回访。', planWorkingDays: 10, clientRequestId: 'interview-req-1',
};

describe('the quarterly interview', () => {
  let t: TestCloud;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    jest.setSystemTime(AFTER_Q1);
    t = openTestCloud({ now: AFTER_Q1 });
  });
  afterEach(() => {
    t.close();
    jest.useRealTimers();
  });

  it('records an interview once and asks the unit for a rectification plan that answers it', async () => {
    const first = dataOf(await t.as(DEMO.district).call('interview.record', RECORD));
    expect(first).toMatchObject({ created: true, quarterLabel: expect.stringContaining('2026'), unitName: '陆家嘴管理局', plan: { id: expect.any(String) } });
    const retried = dataOf(await t.as(DEMO.district).call('interview.record', RECORD));
    expect(retried).toMatchObject({ id: first.id, created: false, plan: first.plan });
    expect(await t.read('interviews')).toHaveLength(1);
    expect(await t.read('rectification_plans')).toHaveLength(1);
    expect(await t.read('messages', { kind: 'todo:rectification' })).toHaveLength(1);

    const plan = dataOf(await t.as(DEMO.unitAdmin).call('rectification.get', { id: first.plan.id }));
    expect(plan).toMatchObject({ source: { kind: 'interview', id: first.id }, sourceLabel: '季度约谈', status: 'drafting' });
    // Ten working days after 2 April (清明 on 4-6 April): the end of Friday 17 April.
    expect(plan.dueAt).toBe('2026-04-17T15:59:59.999Z');

    expect(dataOf(await t.as(DEMO.unitAdmin).call('interview.list', {})).items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    expect(dataOf(await t.as(DEMO.otherUnitAdmin).call('interview.list', {})).items).toEqual([]);
    expect(await t.as(DEMO.district).call('interview.record', { ...RECORD, unitId: 'no-unit', clientRequestId: 'interview-req-2' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.as(DEMO.district).call('interview.record', { ...RECORD, problems: '太短', clientRequestId: 'interview-req-3' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await t.read('interviews')).toHaveLength(1);
  });
});
