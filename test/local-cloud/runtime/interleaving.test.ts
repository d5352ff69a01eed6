import { DEMO, openTestCloud, type TestCloud } from '../../support/test-cloud';

/** The local cloud interleaves concurrent calls' database requests on demand, as CloudBase instances would. */
describe('interleaved calls', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  const read = (n: number) => () =>
    t.cloud.run(async () => {
      const db = t.cloud.database();
      for (let i = 0; i < n; i++) await db.collection('units').limit(1).get();
      return n;
    });

  it('takes turns round robin, skipping a participant that has finished', async () => {
    const { results, trace } = await t.cloud.interleave([read(3), read(1), read(2)]);
    expect(results).toEqual([3, 1, 2]);
    expect(trace).toEqual([0, 1, 2, 0, 2, 0]);
  });

  it('follows a given schedule, then goes round robin', async () => {
    const { trace } = await t.cloud.interleave([read(3), read(3)], [1, 1, 0]);
    expect(trace).toEqual([1, 1, 0, 1, 0, 0]);
  });

  it('lets one call send several requests at once', async () => {
    const parallel = () => t.cloud.run(async () => (await Promise.all([0, 1, 2].map(() => t.cloud.database().collection('units').limit(1).get()))).length);
    const { results, trace } = await t.cloud.interleave([parallel, read(2)]);
    expect(results).toEqual([3, 2]);
    expect(trace).toEqual([0, 1, 0, 1, 0]);
  });

  it('passes the turn of a call waiting on a timer rather than the database', async () => {
    // The pause lasts until the other participant is done (timers polling for it), so the order
    // does not depend on how fast a loaded machine answers; were the turn held, neither would finish.
    let readsDone = false;
    const pausing = () =>
      t.cloud.run(async () => {
        await t.cloud.database().collection('units').limit(1).get();
        while (!readsDone) await new Promise((resolve) => setTimeout(resolve, 5));
        await t.cloud.database().collection('units').limit(1).get();
        return 2;
      });
    const reading = async () => {
      const n = await read(3)();
      readsDone = true;
      return n;
    };
    const { trace } = await t.cloud.interleave([pausing, reading]);
    expect(trace).toEqual([0, 1, 1, 1, 0]);
  });

  it('interleaves whole function calls, each with its own caller', async () => {
    const { results, trace } = await t.cloud.interleave([DEMO.steward, DEMO.enterprise].map((openid) => () => t.as(openid).call('session.me')));
    expect(results.map((r: any) => r.data.user.role)).toEqual(['steward', 'enterprise']);
    expect(trace.slice(0, 4)).toEqual([0, 1, 0, 1]);
  });

  it('sends requests made outside an interleaving at once', async () => {
    expect(await read(2)()).toBe(2);
  });
});
