import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
const DEPT = 'dept-01'; // 区科经委's handling account for dept-01

describe('the demand lifecycle through the api function', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const upload = (name: string, content: Buffer) => t.upload(DEMO.enterprise, 'demand', name, content);
  const get = async (openid: string, id: string) => dataOf(await t.as(openid).call('demand.get', { id }));
  const step = async (openid: string, action: string, id: string, input: object = {}) => {
    const { version } = await get(openid, id);
    return dataOf(await t.as(openid).call(action, { id, version, ...input }));
  };
  const grant = async (openid: string, templateIds: string[]) => {
    await t.cloud.run(() => t.cloud.subscribeMessage.grant(openid, templateIds));
    dataOf(await t.as(openid).call('subscription.record', { templateIds }));
  };

  it('runs submit → return → revise → dispatch → extend → resolve → bad rating → call-back → rectify → good rating → closed', async () => {
    await grant(DEMO.enterprise, ['tpl-demand-status', 'tpl-demand-status', 'tpl-demand-status']);
    const fileID = await upload('site.png', PNG);
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', {
      category: '用地/厂房', title: '扩产需要新增厂房', description: '明年计划扩产，需要新增约 5000 平方米厂房。', attachments: [{ fileID, name: '现场照片.png' }],
    }));
    const submitted = await get(DEMO.enterprise, id);
    expect(submitted.attachments).toEqual([expect.objectContaining({ name: '现场照片.png', contentType: 'image/png', size: PNG.length, url: expect.stringContaining('/local/storage/') })]);
    expect(submitted.due).toMatchObject({ stage: 'review', overdue: false });

    await step(DEMO.steward, 'demand.return', id, { reason: '请写明所需面积和时间要求' });
    expect((await get(DEMO.enterprise, id)).steps).toEqual(['revise', 'withdraw']);
    await step(DEMO.enterprise, 'demand.revise', id, { category: '用地/厂房', title: '扩产需要新增厂房', description: '明年 6 月前需要新增约 5000 平方米厂房，层高 8 米以上。' });
    await step(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' });
    await step(DEPT, 'demand.accept', id);
    await step(DEPT, 'demand.recordContact', id, { note: '已电话联系企业了解需求' });
    const before = await get(DEMO.enterprise, id);
    expect(before.due).toMatchObject({ stage: 'resolve' });
    await step(DEPT, 'demand.extend', id, { reason: '需与园区平台公司会商载体', newDueDate: '2030-01-07' });
    const extended = await get(DEMO.enterprise, id);
    expect(extended.extensions).toHaveLength(1);
    expect(extended.due.dueAt).toBe('2030-01-07T15:59:59.999Z');
    await step(DEPT, 'demand.resolve', id, { resolution: '已推荐张江两处可用厂房并安排看房。' });

    await step(DEMO.enterprise, 'demand.rate', id, { resolved: '部分解决', satisfaction: '不满意', comment: '厂房层高不够' });
    const rectifying = await get(DEMO.steward, id);
    expect(rectifying.status).toBe('rectifying');
    expect(rectifying.due).toMatchObject({ stage: 'callback' });
    expect(rectifying.steps).toEqual(['callback']);
    expect(dataOf(await t.as(DEMO.steward).call('demand.counts')).awaitingCallback).toBe(1);
    await step(DEMO.steward, 'demand.callback', id, { note: '已电话回访，企业希望层高 8 米以上' });
    expect((await get(DEMO.steward, id)).steps).toEqual([]);
    expect(dataOf(await t.as(DEMO.steward).call('demand.counts')).awaitingCallback).toBe(0);
    await step(DEPT, 'demand.rectify', id, { note: '已重新推荐层高 9 米的厂房并陪同看房。' });
    await step(DEMO.enterprise, 'demand.rate', id, { resolved: '已解决', satisfaction: '满意' });

    const closed = await get(DEMO.enterprise, id);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'rated', steps: [] });
    expect(closed.ratings.map((r: { satisfaction: string }) => r.satisfaction)).toEqual(['不满意', '满意']);
    expect(closed.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted', 'returned', 'revised', 'dispatched', 'accepted', 'contacted', 'extended', 'resolved', 'rated_bad', 'called_back', 'rectified', 'rated',
    ]);
    expect(closed.timeline.every((e: { actorName: string; at: string }) => e.actorName && e.at)).toBe(true);

    // The enterprise granted three status credits: three messages went out, later ones are recorded as no credit.
    const outbox = await t.read('_local_wx_outbox', { touser: DEMO.enterprise });
    expect(outbox).toHaveLength(3);
    const notes = await t.read('notifications', { userId: 'u-ent-001' });
    expect(notes.filter((n: { status: string }) => n.status === 'sent')).toHaveLength(3);
    expect(notes.filter((n: { status: string }) => n.status === 'no_credit').length).toBeGreaterThan(0);
  });

  it('sends a misrouted demand back to the district, which reassigns it', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '知识产权', title: '商标被抢注需维权', description: '企业核心商标在海外被抢注，需要维权指导。' }));
    await step(DEMO.steward, 'demand.dispatch', id, { departmentId: 'dept-05', complexity: 'complex' });
    await step('dept-05', 'demand.returnMisrouted', id, { reason: '商标维权由知识产权局负责' });
    const rerouting = await get(DEMO.district, id);
    expect(rerouting).toMatchObject({ status: 'rerouting', steps: ['reassign'], due: { stage: 'reroute' } });
    expect(await t.as('dept-05').call('demand.get', { id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(DEMO.district).call('demand.reassign', { id, version: rerouting.version, departmentId: 'dept-05' })).toMatchObject({ ok: false, error: { fields: { note: expect.any(String) } } });
    await step(DEMO.district, 'demand.reassign', id, { departmentId: 'dept-09' });
    const reassigned = await get('dept-09', id);
    expect(reassigned).toMatchObject({ status: 'dispatched', departmentName: '区知识产权局', complexity: 'complex' });
  });

  it('refuses a stale step: of two people acting on one version, one wins and nothing is lost', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '融资', title: '申请贷款贴息', description: '希望了解科技贷款贴息政策和申请材料。' }));
    const { version } = await get(DEMO.steward, id);
    const [a, b] = await Promise.all([
      t.as(DEMO.steward).call('demand.return', { id, version, reason: '请补充贷款金额' }),
      t.as(DEMO.enterprise).call('demand.withdraw', { id, version, reason: '已经自行解决' }),
    ]);
    const oks = [a, b].filter((r) => r.ok);
    expect(oks).toHaveLength(1);
    const refused = [a, b].find((r) => !r.ok)!;
    expect(refused).toMatchObject({ ok: false, error: { code: expect.stringMatching(/CONFLICT|INVALID_STATE/) } });
    const after = await get(DEMO.enterprise, id);
    expect(after.version).toBe(version + 1);
    expect(after.timeline).toHaveLength(2);
  });

  it('pauses the clock while waiting for materials and lets only the enterprise withdraw', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '审批办理', title: '环评审批进度协调', description: '新建实验室的环评审批需要加快，请协调。' }));
    await step(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' });
    await step(DEPT, 'demand.accept', id);
    await step(DEPT, 'demand.requestMaterials', id, { note: '请补充实验室平面布置图' });
    const waiting = await get(DEMO.enterprise, id);
    expect(waiting).toMatchObject({ status: 'waiting_enterprise', due: undefined, steps: ['withdraw', 'supplyMaterials'] });
    const due = (await t.read('demands', { _id: id }))[0].resolveDueAt as Date;
    // Two working days pass while waiting (moved in the record, as the clock cannot be moved here).
    await t.cloud.run(() => t.cloud.database().collection('demands').doc(id).update({ data: { pausedAt: new Date(Date.now() - 3 * 86400000) } }));
    await step(DEMO.enterprise, 'demand.supplyMaterials', id, { note: '已上传平面布置图' });
    const resumed = (await t.read('demands', { _id: id }))[0];
    expect(new Date(resumed.resolveDueAt).getTime()).toBeGreaterThan(new Date(due).getTime());
    expect(resumed.status).toBe('accepted');
    expect(await t.as(DEMO.steward).call('demand.withdraw', { id, version: resumed.version, reason: '代为撤回' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses attachments that are not images or PDF, and wrong-state steps', async () => {
    const fake = await upload('virus.png', Buffer.from('MZ this is not an image'));
    const reply = await t.as(DEMO.enterprise).call('demand.submit', { category: '其他', title: '附件格式测试', description: '这个附件其实是一个可执行文件。', attachments: [{ fileID: fake, name: 'virus.png' }] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('格式不支持') } });
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '其他', title: '状态测试诉求', description: '用于测试不允许的状态转换。' }));
    const { version } = await get(DEMO.enterprise, id);
    expect(await t.as(DEMO.enterprise).call('demand.rate', { id, version, resolved: '已解决', satisfaction: '满意' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('待管家审核') } });
  });

  it('closes an unrated resolved demand automatically, not as satisfied', async () => {
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '政策咨询', title: '咨询研发加计扣除', description: '咨询研发费用加计扣除的申报口径。' }));
    await step(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' });
    await step(DEPT, 'demand.accept', id);
    await step(DEPT, 'demand.resolve', id, { resolution: '已当面讲解申报口径并提供材料清单。' });
    await t.cloud.run(() => t.cloud.database().collection('demands').doc(id).update({ data: { autoCloseAt: new Date(Date.now() - 1000) } }));
    await t.cloud.fireTimer('cron', 'hourly');
    const closed = await get(DEMO.enterprise, id);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'auto', ratings: [] });
    expect(closed.timeline.at(-1).text).toContain('不计为满意');
    // The system is the actor, and the close went through the machine: the version moved on.
    expect(closed.timeline.at(-1)).toMatchObject({ kind: 'auto_closed', actorName: '系统', actorRole: 'system' });
    expect(closed.version).toBe(5);
    const again = (await t.cloud.fireTimer('cron', 'hourly')) as { data: { jobs: { autoCloseDemands: { changed: number } } } };
    expect(again.data.jobs.autoCloseDemands.changed).toBe(0);
  });

  it('tells the responsible party of a missed deadline and escalates after the second', async () => {
    await grant(DEMO.unitAdmin, ['tpl-todo']);
    await grant(DEMO.steward, ['tpl-todo', 'tpl-todo']);
    const { id } = dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '融资', title: '督办测试诉求', description: '用于测试逾期督办与升级。' }));
    const past = new Date(Date.now() - 60_000);
    // Deadlines moved by hand (around the app): the nightly repair stores the running deadline again.
    await t.cloud.run(() => t.cloud.database().collection('demands').doc(id).update({ data: { reviewDueAt: past } }));
    await t.cloud.fireTimer('cron', 'repair');
    await t.cloud.fireTimer('cron', 'hourly');
    expect(dataOf(await t.as(DEMO.steward).call('demand.list', { overdue: true, pageSize: 50 })).items.map((d: { id: string }) => d.id)).toContain(id);
    expect((await t.read('_local_wx_outbox', { touser: DEMO.steward }))).toHaveLength(2); // new demand, then overdue
    await step(DEMO.steward, 'demand.dispatch', id, { departmentId: DEPT, complexity: 'simple' });
    await t.cloud.run(() => t.cloud.database().collection('demands').doc(id).update({ data: { contactDueAt: past } }));
    await t.cloud.fireTimer('cron', 'repair');
    await t.cloud.fireTimer('cron', 'hourly');
    const escalated = await get(DEMO.district, id);
    expect(escalated.escalated).toBe(true);
    expect(escalated.timeline.at(-1).text).toContain('督办');
    expect(await t.read('_local_wx_outbox', { touser: DEMO.unitAdmin })).toHaveLength(1);
    const counts = dataOf(await t.as(DEMO.district).call('demand.counts'));
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.open).toBe(Object.values(counts.byStatus as Record<string, number>).reduce((a, b) => a + b, 0));
    expect(counts.byStatus.closed).toBeUndefined();
  });
});
