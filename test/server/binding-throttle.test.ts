import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const MINUTE = 60_000;
// Only the clock is faked (the functions read it through Date); timers and ticks stay real.
const REAL_TIMERS = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

/** Guessing binding codes: 5 wrong codes within 15 minutes lock the WeChat user out for 15 minutes. */
describe('binding code throttle', () => {
  let t: TestCloud;
  let clock: number;
  const advance = (ms: number) => jest.setSystemTime((clock += ms));
  beforeEach(async () => {
    clock = Date.parse('2026-03-02T02:00:00Z');
    jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], now: clock });
    t = openTestCloud();
    // Load the function before the test's own clock starts: its first call reads the bundle.
    await t.call(undefined, 'session.me');
  });
  afterEach(() => {
    t.close();
    jest.useRealTimers();
  });

  const newSteward = async (name: string) =>
    dataOf(await t.as(DEMO.district).call('account.create', { role: 'steward', name, phone: '13800001111', unitId: 'unit-z02' }));
  const bind = (openid: string, code: string) => t.as(openid).call('account.bind', { code });
  const wrong = (openid: string, n = 0) => bind(openid, `ZZZZ-ZZ${'23456789'[n % 8]}Z`);

  it('refuses the sixth try for 15 minutes, even with the right code, then lets it bind', async () => {
    const { account, code } = await newSteward('新管家 陈晨');
    for (let i = 0; i < 4; i++) {
      advance(MINUTE);
      expect(await wrong('wx-guesser', i)).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID' } });
    }
    expect(await wrong('wx-guesser')).toMatchObject({ ok: false, error: { code: 'BINDING_LOCKED', message: '绑定码错误次数过多，请 15 分钟后再试' } });
    advance(14 * MINUTE);
    expect(await bind('wx-guesser', code.code)).toMatchObject({ ok: false, error: { code: 'BINDING_LOCKED', message: '绑定码错误次数过多，请 1 分钟后再试' } });
    expect((await t.read('users', { _id: account.id }))[0].openid).toBeUndefined();
    // Another WeChat user is not held back by this one's guesses.
    expect(await wrong('wx-someone-else')).toMatchObject({ ok: false, error: { code: 'BINDING_CODE_INVALID' } });

    advance(MINUTE + 1000);
    expect(dataOf(await bind('wx-guesser', code.code)).user).toMatchObject({ id: account.id });
  });

  it('counts only the wrong codes of the last 15 minutes', async () => {
    for (let i = 0; i < 4; i++) expect(await wrong('wx-slow', i)).toMatchObject({ error: { code: 'BINDING_CODE_INVALID' } });
    advance(16 * MINUTE);
    for (let i = 0; i < 4; i++) expect(await wrong('wx-slow', i)).toMatchObject({ error: { code: 'BINDING_CODE_INVALID' } });
    expect(await wrong('wx-slow')).toMatchObject({ error: { code: 'BINDING_LOCKED' } });
  });

  it('shows the wrong codes and the lock in the district security view', async () => {
    for (let i = 0; i < 6; i++) await wrong('wx-counted', i);
    const rows = dataOf(await t.as(DEMO.district).call('security.refusals', { pageSize: 50 })).items;
    const guesser = rows.find((r: { caller: { kind: string }; actions: Record<string, number> }) => r.caller.kind === 'wechat' && r.actions['account.bind']);
    expect(guesser).toMatchObject({ total: 6, reasons: { BINDING_CODE_INVALID: 4, BINDING_LOCKED: 2 } });
  });

  it('tries one code at a time per WeChat user, so racing codes neither skip the count nor bind twice', async () => {
    const [first, second] = [await newSteward('新管家 甲'), await newSteward('新管家 乙')];
    const replies = await t.concurrently([
      ['wx-racer', 'account.bind', { code: first.code.code }],
      ['wx-racer', 'account.bind', { code: second.code.code }],
    ]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await t.read('users', { openid: 'wx-racer' })).toHaveLength(1);

    const guesses = await t.concurrently([0, 1, 2, 3, 4, 5, 6, 7].map((n) => ['wx-flood', 'account.bind', { code: `ZZZZ-ZZ${'23456789'[n]}Z` }] as [string, string, unknown]));
    const tried = guesses.filter((r) => !r.ok && r.error.code === 'BINDING_CODE_INVALID');
    expect(tried.length).toBeGreaterThanOrEqual(1);
    expect(guesses.every((r) => !r.ok && ['BINDING_CODE_INVALID', 'CONFLICT'].includes(r.error.code))).toBe(true);
    const [attempts] = await t.read<{ failures: Date[] }>('binding_attempts', { _id: 'wx-flood' });
    expect(attempts.failures).toHaveLength(tried.length);
  });
});
