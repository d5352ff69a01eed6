import { nextFireTime } from '../../../local-cloud/runtime/timers';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../../support/test-cloud';

describe('the local cloud runtime', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  it('gives each concurrent call its own OPENID', async () => {
    const callers = [DEMO.enterprise, DEMO.otherEnterprise, DEMO.steward, DEMO.district, DEMO.enterprise, DEMO.otherSteward];
    const replies = await Promise.all(callers.map((openid) => t.as(openid).call<{ user: { id: string } }>('session.me')));
    expect(replies.map((r) => dataOf(r).user.id)).toEqual([
      'u-ent-001', 'u-ent-020', 'u-steward-01', 'u-district-01', 'u-ent-001', 'u-steward-02',
    ]);
  });

  it('refuses a client call to the cron function and runs it from its timer', async () => {
    const fromClient = await t.cloud.invoke('cron', { Type: 'Timer', TriggerName: 'hourly' }, { openid: DEMO.district });
    expect(fromClient).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const viaCallFunction = await t.cloud.run(() => t.cloud.sdk.callFunction({ name: 'cron', data: {} }), { OPENID: DEMO.district });
    expect(viaCallFunction.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const fromTimer = await t.cloud.fireTimer('cron', 'hourly');
    expect(fromTimer).toMatchObject({ ok: true, data: { trigger: 'hourly' } });
  });

  it('marks demands whose running deadline is missed, once however often the timer fires', async () => {
    // Demo data has submitted demands up to three days old: some are past their 1-working-day review.
    type Fired = { data: { jobs: { superviseDemands: { changed: number } } } };
    const first = (await t.cloud.fireTimer('cron', 'hourly')) as Fired;
    const flagged = await t.read('demands', { overdueStage: 'review' });
    expect(flagged.length).toBeGreaterThan(0);
    expect(first.data.jobs.superviseDemands.changed).toBe((await t.read('demands')).filter((d: { missedKeys?: string[] }) => d.missedKeys?.length).length);
    expect(flagged.every((d: { status: string; reviewDueAt: Date }) => d.status === 'submitted' && new Date(d.reviewDueAt) < new Date())).toBe(true);
    const second = (await t.cloud.fireTimer('cron', 'hourly')) as Fired;
    expect(second.data.jobs.superviseDemands.changed).toBe(0);
  });

  it('reads timers from config.json as 7-field cron in Asia/Shanghai', () => {
    expect(t.cloud.timerTriggers()).toContainEqual({ functionName: 'cron', name: 'hourly', config: '0 0 * * * * *' });
    // 08:30 every day, Shanghai: from 00:10 UTC (08:10 Shanghai) the next run is 00:30 UTC.
    expect(nextFireTime('0 30 8 * * * *', new Date('2026-03-02T00:10:00Z'))?.toISOString()).toBe('2026-03-02T00:30:00.000Z');
    expect(() => nextFireTime('0 30 8 * * *', new Date())).toThrow(/7 fields/);
  });

  it('sends subscribe messages only with a credit, checking field lengths like WeChat', async () => {
    const send = (data: Record<string, { value: string }>) =>
      t.cloud.run(() => t.cloud.sdk.openapi.subscribeMessage.send({ touser: DEMO.enterprise, templateId: 'tpl-status', data }));
    await expect(send({ thing1: { value: '诉求已办结' } })).rejects.toMatchObject({ errCode: 43101 });
    await t.cloud.run(() => t.cloud.subscribeMessage.grant(DEMO.enterprise, ['tpl-status']));
    await expect(send({ thing1: { value: '这是一个超过二十个字的模板消息内容会被微信拒绝的' } })).rejects.toMatchObject({ errCode: 47003 });
    await expect(send({ thing1: { value: '诉求已办结' }, phrase2: { value: '已办结' } })).resolves.toMatchObject({ errCode: 0 });
    await expect(send({ thing1: { value: '再发一次' } })).rejects.toMatchObject({ errCode: 43101 });
    const outbox = await t.read('_local_wx_outbox');
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ touser: DEMO.enterprise, templateId: 'tpl-status', data: { thing1: { value: '诉求已办结' } } });
  });

  it('stores files and hands out temp URLs', async () => {
    const uploaded = await t.cloud.sdk.uploadFile({ cloudPath: 'demands/a/photo.png', fileContent: Buffer.from('png-bytes') });
    expect(uploaded.fileID).toMatch(/^cloud:\/\/local\.local\/demands\/a\/photo\.png$/);
    const { fileList } = await t.cloud.sdk.getTempFileURL({ fileList: [uploaded.fileID, 'cloud://local.local/missing.png'] });
    expect(fileList[0]).toMatchObject({ status: 0, tempFileURL: expect.stringContaining('/local/storage/demands/a/photo.png') });
    expect(fileList[1]).toMatchObject({ status: 1 });
    const downloaded = await t.cloud.sdk.downloadFile({ fileID: uploaded.fileID });
    expect(downloaded.fileContent.toString()).toBe('png-bytes');
  });
});
