import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

// Tuesday 1 Dec 2026, 08:30 in Shanghai: a working morning.
const MORNING = new Date('2026-12-01T00:30:00Z');

describe('steward field work', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud({ now: new Date('2026-12-01T00:00:00Z') });
  });
  afterEach(() => t.close());

  const visit = (enterpriseId: string, extra: object = {}) => ({
    enterpriseId, type: '上门走访', at: new Date().toISOString(), who: '总经理 刘总', topics: '了解扩产进度和用工需求', outcome: '企业希望协调人才公寓',
    checkIn: { at: new Date().toISOString(), latitude: 31.22, longitude: 121.55, photoFileIds: [] }, ...extra,
  });

  it('sends each steward one morning reminder, however often the timer fires, and escalates long-overdue enterprises', async () => {
    await t.cloud.run(() => t.cloud.subscribeMessage.grant(DEMO.steward, ['tpl-visit-reminder', 'tpl-visit-reminder']));
    dataOf(await t.as(DEMO.steward).call('subscription.record', { templateIds: ['tpl-visit-reminder', 'tpl-visit-reminder'] }));
    const first = (await t.cloud.fireTimer('cron', 'morning', MORNING)) as { data: { jobs: { sendVisitReminders: { changed: number } } } };
    const second = (await t.cloud.fireTimer('cron', 'morning', MORNING)) as { data: { jobs: { sendVisitReminders: { changed: number } } } };
    expect(first.data.jobs.sendVisitReminders.changed).toBeGreaterThan(0);
    expect(second.data.jobs.sendVisitReminders.changed).toBe(0);
    const log = await t.read('reminder_log', { stewardId: 'u-steward-01' });
    expect(log).toHaveLength(1);
    const outbox = await t.read('_local_wx_outbox', { touser: DEMO.steward });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ templateId: 'tpl-visit-reminder', data: { number2: { value: expect.stringMatching(/^[1-9]\d*$/) } } });
    // Stewards without granted credits are recorded, not skipped silently.
    expect((await t.read('notifications', { kind: 'reminder:cadence', status: 'no_credit' })).length).toBeGreaterThan(0);
    expect((await t.read('reminder_log', { kind: 'unit', status: 'sent' })).length).toBeGreaterThan(0);
  });

  it('sends nothing on a Saturday or on a day the calendar declares off', async () => {
    const saturday = (await t.cloud.fireTimer('cron', 'morning', new Date('2026-12-05T00:30:00Z'))) as { data: { jobs: { sendVisitReminders: { changed: number } } } };
    expect(saturday.data.jobs.sendVisitReminders.changed).toBe(0);
    dataOf(await t.as(DEMO.district).call('calendar.set', { date: '2026-12-01', working: false, note: '测试' }));
    const off = (await t.cloud.fireTimer('cron', 'morning', MORNING)) as { data: { jobs: { sendVisitReminders: { changed: number } } } };
    expect(off.data.jobs.sendVisitReminders.changed).toBe(0);
  });

  it('lists due and overdue enterprises nearest first, and a visit takes the enterprise off the overdue list', async () => {
    const overdue = dataOf(await t.as(DEMO.steward).call('cadence.list', { state: 'overdue', pageSize: 50 }));
    expect(overdue.items[0].enterpriseId).toBe('ent-001');
    const dues = overdue.items.map((r: { contactDueAt: string; visitDueAt: string }) => Math.min(Date.parse(r.contactDueAt), Date.parse(r.visitDueAt)));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    const recorded = dataOf(await t.as(DEMO.steward).call('contact.record', visit('ent-001')));
    expect(recorded.id).toBeDefined();
    const after = dataOf(await t.as(DEMO.steward).call('cadence.list', { state: 'overdue', pageSize: 50 }));
    expect(after.items.map((r: { enterpriseId: string }) => r.enterpriseId)).not.toContain('ent-001');
    const contact = (await t.read('contacts', { _id: recorded.id }))[0];
    expect(contact.checkIn.distanceMeters).toEqual(expect.any(Number));
  });

  it('refuses a contact without content or an on-site visit without a check-in, and allows a short correction window', async () => {
    const empty = await t.as(DEMO.steward).call('contact.record', { ...visit('ent-002'), who: '', topics: '', outcome: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { who: expect.any(String), topics: expect.any(String), outcome: expect.any(String) } } });
    const noCheckIn = await t.as(DEMO.steward).call('contact.record', { ...visit('ent-002'), checkIn: undefined });
    expect(noCheckIn).toMatchObject({ ok: false, error: { fields: { checkIn: '上门走访需要现场打卡定位' } } });
    const { id } = dataOf(await t.as(DEMO.liaison).call('contact.record', { ...visit('ent-002'), type: '电话', checkIn: undefined }));
    expect(await t.as(DEMO.steward).call('contact.update', { id, outcome: '改写别人的记录' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dataOf(await t.as(DEMO.liaison).call('contact.update', { id, outcome: '企业确认下周提交申请材料' })).changed).toEqual(['outcome']);
    const audit = dataOf(await t.as(DEMO.district).call('audit.list', { recordId: id }));
    expect(audit.items[0]).toMatchObject({ action: 'contact.update', summary: expect.stringContaining('企业确认下周提交申请材料') });
    await t.cloud.run(() => t.cloud.database().collection('contacts').doc(id).update({ data: { createdAt: new Date(Date.now() - 25 * 3600_000) } }));
    expect(await t.as(DEMO.liaison).call('contact.update', { id, outcome: '太晚了' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('24 小时') } });
  });

  it('records a research visit with two promises, closes one, and keeps the other open on every screen', async () => {
    const created = dataOf(await t.as(DEMO.steward).call('research.record', {
      enterpriseId: 'ent-002', date: '2026-11-20', leaders: '市经信委副主任', accompanying: '区科经委', topics: '调研企业国产替代进展',
      promises: [{ content: '协调首台套保险补贴', owner: '区科经委', dueDate: '2026-12-20' }, { content: '对接下游整车企业', owner: '陆家嘴管理局', dueDate: '2026-12-31' }],
    }));
    expect(created.openPromises).toBe(2);
    const closed = dataOf(await t.as(DEMO.steward).call('research.closePromise', { visitId: created.id, promiseId: created.promises[0].id, outcome: '已协调保险补贴 120 万元' }));
    expect(closed.openPromises).toBe(1);
    for (const openid of [DEMO.steward, DEMO.unitAdmin, DEMO.district]) {
      const open = dataOf(await t.as(openid).call('research.list', { openOnly: true, pageSize: 50 }));
      expect(open.items.find((v: { id: string }) => v.id === created.id)?.openPromises).toBe(1);
    }
    expect(dataOf(await t.as(DEMO.otherUnitAdmin).call('research.list', { openOnly: true })).items.find((v: { id: string }) => v.id === created.id)).toBeUndefined();
    dataOf(await t.as(DEMO.steward).call('research.followUp', { visitId: created.id, note: '已回访，企业对进度满意' }));
  });

  it('flags an out-migration report to the unit and district at once, and exports reports', async () => {
    await t.cloud.run(() => t.cloud.subscribeMessage.grant(DEMO.unitAdmin, ['tpl-todo']));
    dataOf(await t.as(DEMO.unitAdmin).call('subscription.record', { templateIds: ['tpl-todo'] }));
    const report = dataOf(await t.as(DEMO.steward).call('report.create', {
      category: '企业迁入迁出', enterpriseId: 'ent-003', fields: { direction: '迁出', place: '安徽省合肥市', scope: '整体', expectedDate: '2027-03-01', reason: '合肥提供整栋厂房和三年免租' },
    }));
    expect(report).toMatchObject({ risk: true, riskReason: '企业计划整体迁出至安徽省合肥市' });
    const risks = dataOf(await t.as(DEMO.unitAdmin).call('report.list', { riskOnly: true, pageSize: 50 }));
    expect(risks.items.map((r: { id: string }) => r.id)).toContain(report.id);
    expect(await t.read('_local_wx_outbox', { touser: DEMO.unitAdmin })).toHaveLength(1);
    const bad = await t.as(DEMO.steward).call('report.create', { category: '企业迁入迁出', enterpriseId: 'ent-003', fields: { direction: '迁出' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'fields.place': expect.any(String) } } });
    const exported = dataOf(await t.as(DEMO.district).call('report.export', { category: '企业迁入迁出' }));
    expect(exported).toMatchObject({ rows: 2, url: expect.stringContaining('/local/storage/exports/') });
  });

  it('shows an enterprise only the policies that match it, and records promotions', async () => {
    const seen = dataOf(await t.as(DEMO.enterprise).call('policy.list', { pageSize: 50 }));
    const enterprise = dataOf(await t.as(DEMO.enterprise).call('enterprise.get', { id: 'ent-001' }));
    const all = dataOf(await t.as(DEMO.steward).call('policy.list', { pageSize: 50 }));
    expect(all.items.length).toBeGreaterThan(seen.items.length);
    for (const p of seen.items as Array<{ industries: string[]; tags: string[] }>) {
      expect(p.industries.length === 0 || p.industries.includes(enterprise.industry)).toBe(true);
      expect(p.tags.length === 0 || p.tags.some((tag) => enterprise.tags.includes(tag))).toBe(true);
    }
    const promo = dataOf(await t.as(DEMO.steward).call('policy.promote', { policyId: seen.items[0].id, enterpriseId: 'ent-001', intendsToApply: true, note: '企业计划下月申报' }));
    expect(dataOf(await t.as(DEMO.enterprise).call('policy.promotions')).items.map((p: { id: string }) => p.id)).toContain(promo.id);
  });

  it('lets the enterprise set how to be contacted; the steward sees it, and the profile gathers everything', async () => {
    dataOf(await t.as(DEMO.enterprise).call('enterprise.setPreferences', { channels: ['微信', '电话'], quietPeriods: '每月 25 日至月底财务结账，请勿上门', note: '请先微信预约' }));
    const row = dataOf(await t.as(DEMO.steward).call('cadence.list', { pageSize: 50 })).items.find((r: { enterpriseId: string }) => r.enterpriseId === 'ent-001');
    expect(row.preferences).toMatchObject({ channels: ['微信', '电话'], quietPeriods: expect.stringContaining('结账') });
    const profile = dataOf(await t.as(DEMO.steward).call('enterprise.profile', { id: 'ent-001' }));
    expect(profile.enterprise.id).toBe('ent-001');
    expect(profile.preferences.note).toBe('请先微信预约');
    expect(profile.demands.length).toBeGreaterThan(0);
    expect(profile.promotions.length).toBeGreaterThan(0);
    expect(profile.cadence.state).toBe('overdue');
  });
});
