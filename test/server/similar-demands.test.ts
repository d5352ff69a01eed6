import { BUCKET_SAMPLE, MAX_BUCKET } from '@/core/similarity/grouping';
import { signatureOf } from '../../server/similarity/similar-demands';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * Twelve enterprises ask about one subsidy, each in their own words, among the demo's open
 * demands: as they are submitted one by one they gather in one group, which the district sees
 * with the phrase they share, and answers once: every member gets the answer on its timeline and
 * its enterprise and steward a message.
 */
const SUBSIDY = [
  ['研发费用补贴申报时间', '关于浦东新区研发费用补贴的申报时间，想咨询今年什么时候开始申报？'],
  ['研发补贴通知', '请问2025年度研发费用补贴申报通知何时发布，我司符合条件吗？'],
  ['申请研发费用补贴', '我们公司去年研发投入较大，想申请区里的研发费用补贴，需要准备哪些材料？'],
  ['研发费用补贴政策', '研发费用补贴政策今年还有吗？申报截止日期是什么时候？'],
  ['补贴条件', '咨询浦东研发费用补贴的申报条件和补贴比例'],
  ['怎么申报', '希望了解研发费用补贴怎么申报，线上系统在哪里填报'],
  ['补贴资金拨付', '企业研发费用补贴资金什么时候拨付？去年申报的还没收到'],
  ['审计报告要求', '研发费用补贴申报材料中审计报告有什么要求？'],
  ['区市补贴能否叠加', '想问一下区研发费用补贴和市里的研发补助能否同时申请'],
  ['申报系统登录问题', '研发费用补贴申报系统登录不上，申报截止前能否延期'],
  ['高新技术企业申报', '我司是高新技术企业，能否申报浦东新区研发费用补贴？'],
  ['申报进度', '请帮忙协调研发费用补贴的申报进度，材料已提交一个月'],
];
const ENTERPRISES = Array.from({ length: 12 }, (_, i) => `ent-${String(30 + i).padStart(3, '0')}`);

describe('similar demands across enterprises', () => {
  let t: TestCloud;
  const ids: string[] = [];
  beforeAll(async () => {
    t = openTestCloud();
    for (const [i, [title, description]] of SUBSIDY.entries()) ids.push(dataOf(await t.as(ENTERPRISES[i]).call('demand.submit', { category: '政策咨询', title, description })).id);
    dataOf(await t.as(DEMO.enterprise).call('demand.submit', { category: '用地/厂房', title: '扩产需要新增厂房', description: '明年计划扩产，需要新增约 5000 平方米厂房，层高 8 米以上。' }));
  });
  afterAll(() => t.close());

  const groups = async () => dataOf(await t.as(DEMO.district).call('demand.similarGroups', { pageSize: 50 })).items as Array<{ id: string; size: number; terms: string[]; demands: Array<{ id: string }>; reply?: { count: number } }>;
  const members = async (groupId: string) => [...((await t.read('similar_groups', { _id: groupId }))[0]?.ids as string[])].sort();
  const subsidyGroup = async () => {
    const stored = (await t.read('demands', { _id: ids[0] }))[0];
    return (await groups()).find((g) => g.id === stored.similarGroupId);
  };

  it('gathers the twelve questions in one group, named by the phrase they share', async () => {
    const group = await subsidyGroup();
    expect(group).toBeDefined();
    expect(await members(group!.id)).toEqual([...ids].sort());
    expect(group!.size).toBe(12);
    expect(group!.terms[0]).toBe('研发费用补贴');
    expect(group!.demands).toHaveLength(5);
    expect(group!.demands.every((d) => ids.includes(d.id))).toBe(true);
    // The demo's own open demands share titles: they form groups of their own, none with the subsidy.
    const others = (await groups()).filter((g) => g.id !== group!.id);
    expect(others.length).toBeGreaterThan(5);
    for (const g of others) expect((await members(g.id)).filter((id) => ids.includes(id))).toEqual([]);
    // Each member carries its signature while open.
    const stored = await t.read('demands', { _id: ids[3] });
    expect(stored[0].similarity.bands).toHaveLength(64);
    expect(stored[0].similarGroupId).toBe(group!.id);
    // Every member points at the group, including those that joined before it grew (only newcomers are rewritten).
    const pointers = (await t.read('demands', { _id: t.cloud.database().command.in(ids) })).map((d: { similarGroupId?: string }) => d.similarGroupId);
    expect(pointers).toEqual(ids.map(() => group!.id));
  });

  it('merges two groups that a new demand bridges: the smaller group’s members move to the bigger one', async () => {
    const submit = async (enterprise: string, title: string, description: string) => dataOf(await t.as(enterprise).call('demand.submit', { category: '其他', title, description })).id as string;
    const pointer = async (id: string) => (await t.read('demands', { _id: id }))[0].similarGroupId as string;
    const data = [await submit('ent-050', '跨境数据出境安全评估', '跨境数据出境安全评估'), await submit('ent-051', '跨境数据出境安全评估', '跨境数据出境安全评估')];
    const charging = [];
    for (const e of ['ent-052', 'ent-053', 'ent-054']) charging.push(await submit(e, '新能源汽车充电桩建设补贴', '新能源汽车充电桩建设补贴'));
    const [small, big] = [await pointer(data[0]), await pointer(charging[0])];
    expect(small).not.toBe(big);
    const bridge = await submit('ent-055', '跨境数据出境安全评估与新能源汽车充电桩建设补贴', '跨境数据出境安全评估，新能源汽车充电桩建设补贴');
    for (const id of [...data, ...charging, bridge]) expect(await pointer(id)).toBe(big);
    expect(await members(big)).toEqual([...data, ...charging, bridge].sort());
    expect(await t.read('similar_groups', { _id: small })).toEqual([]);
  });

  it('keeps each band bucket to its latest members and a count; a band shared by more than MAX_BUCKET open demands proposes nobody', async () => {
    const [title, description] = ['集成电路设计企业流片补贴', '集成电路设计企业流片补贴的申请'];
    const [crowded, ...others] = signatureOf({ title, description }).bands;
    const old = Array.from({ length: BUCKET_SAMPLE }, (_, i) => `old-${i}`);
    await t.cloud.run(() => t.cloud.database().collection('similar_bands').add({ data: { _id: crowded, ids: old, n: MAX_BUCKET } }));
    const bucket = async (key: string) => (await t.read('similar_bands', { _id: key }))[0];
    const first = dataOf(await t.as('ent-060').call('demand.submit', { category: '其他', title, description })).id as string;
    expect(await bucket(crowded)).toEqual({ _id: crowded, ids: [...old.slice(1), first], n: MAX_BUCKET + 1 });
    for (const key of others) expect((await bucket(key)).ids.at(-1)).toBe(first);
    // The next one finds the first through the other bands, not through the crowded one's sample.
    const second = dataOf(await t.as('ent-061').call('demand.submit', { category: '其他', title, description })).id as string;
    expect(await bucket(crowded)).toMatchObject({ n: MAX_BUCKET + 2, ids: expect.arrayContaining([first, second]) });
    const stored = await t.read('demands', { _id: t.cloud.database().command.in([first, second]) });
    expect(stored[0].similarGroupId).toBeDefined();
    expect(stored[1].similarGroupId).toBe(stored[0].similarGroupId);
    // Closing one leaves its buckets: out of the sample, one fewer counted.
    const before = await Promise.all(others.map(bucket));
    const { version } = dataOf(await t.as('ent-061').call('demand.get', { id: second }));
    dataOf(await t.as('ent-061').call('demand.withdraw', { id: second, version, reason: '已自行解决' }));
    expect(await Promise.all(others.map(bucket))).toEqual(before.map((b) => ({ ...b, ids: b.ids.filter((id: string) => id !== second), n: b.n - 1 })));
    expect(await bucket(crowded)).toMatchObject({ n: MAX_BUCKET + 1 });
  });

  it('keeps both demands in every bucket when two submissions create the same new buckets at once', async () => {
    const input = { category: '其他', title: '跨境电商海外仓建设资助', description: '跨境电商海外仓建设资助怎么申请' };
    const replies = await t.concurrently([['ent-062', 'demand.submit', input], ['ent-063', 'demand.submit', input]]);
    const ids = replies.map((r) => dataOf(r).id as string);
    const stored = await t.read('similar_bands', { _id: t.cloud.database().command.in(signatureOf(input).bands) });
    expect(stored).toHaveLength(64);
    for (const b of stored) expect([[...b.ids].sort(), b.n]).toEqual([[...ids].sort(), 2]);
  });

  it('lets two demands join one group at once and leave it again: the size always counts the members', async () => {
    const group = (await subsidyGroup())!;
    const input = (n: number) => ({ category: '政策咨询', title: `研发费用补贴申报第${n}问`, description: `研发费用补贴申报什么时候开始，补贴比例是多少？（${n}）` });
    const replies = await t.concurrently([['ent-064', 'demand.submit', input(1)], ['ent-065', 'demand.submit', input(2)]]);
    const joined = replies.map((r) => dataOf(r).id as string);
    const stored = (await t.read('similar_groups', { _id: group.id }))[0];
    expect(stored.ids).toEqual(expect.arrayContaining(joined));
    expect(stored.size).toBe(stored.ids.length);
    // Both leave again (withdrawn), each once: a repeated leave changes nothing.
    for (const [i, id] of joined.entries()) {
      const enterprise = ['ent-064', 'ent-065'][i];
      const { version } = dataOf(await t.as(enterprise).call('demand.get', { id }));
      dataOf(await t.as(enterprise).call('demand.withdraw', { id, version, reason: '已查到通知' }));
    }
    const after = (await t.read('similar_groups', { _id: group.id }))[0];
    expect([after.size, after.ids.length, after.ids.some((id: string) => joined.includes(id))]).toEqual([stored.size - 2, stored.size - 2, false]);
  });

  it('lets a withdrawn demand leave its group and its signature behind', async () => {
    const { version } = dataOf(await t.as(ENTERPRISES[11]).call('demand.get', { id: ids[11] }));
    dataOf(await t.as(ENTERPRISES[11]).call('demand.withdraw', { id: ids[11], version, reason: '已从区科经委官网查到通知' }));
    const group = await subsidyGroup();
    expect(group!.size).toBe(11);
    expect(await members(group!.id)).not.toContain(ids[11]);
    const stored = (await t.read('demands', { _id: ids[11] }))[0];
    expect(stored.similarity).toBeUndefined();
    expect(stored.similarGroupId).toBeUndefined();
  });

  it('answers the whole group at once: a line on every open member’s timeline, a message to each enterprise and steward, once', async () => {
    const group = (await subsidyGroup())!;
    const text = '2025 年度研发费用补贴将于 3 月 1 日开放申报，申报指南和材料清单见区科经委官网，符合条件的企业可在线提交。';
    expect(dataOf(await t.as(DEMO.district).call('demand.replyToGroup', { groupId: group.id, text }))).toEqual({ replied: 11, remaining: 0 });
    for (const id of ids.slice(0, 11)) {
      const detail = dataOf(await t.as(DEMO.district).call('demand.get', { id }));
      expect(detail.timeline.at(-1)).toMatchObject({ kind: 'district_reply', actorRole: 'district_admin', text: `区科经委统一答复：${text}` });
    }
    const withdrawn = dataOf(await t.as(DEMO.district).call('demand.get', { id: ids[11] }));
    expect(withdrawn.timeline.at(-1).kind).toBe('withdrawn');
    const stewards = new Set((await t.read('demands', { _id: t.cloud.database().command.in(ids.slice(0, 11)) })).map((d: { stewardId: string }) => d.stewardId));
    const messages = await t.read('messages', { kind: 'district_reply' });
    expect(new Set(messages.map((m: { userId: string }) => m.userId))).toEqual(new Set([...ENTERPRISES.slice(0, 11).map((e) => `u-${e}`), ...stewards]));
    expect((await subsidyGroup())!.reply).toMatchObject({ count: 11, text });
    const audit = await t.read('audit_log', { action: 'demand.replyToGroup' });
    expect(audit).toEqual([expect.objectContaining({ recordId: group.id, outcome: 'ok', summary: expect.stringContaining('统一答复 11 条同类诉求') })]);

    // The same answer again (a double tap, a retry) adds nothing and tells nobody twice.
    expect(dataOf(await t.as(DEMO.district).call('demand.replyToGroup', { groupId: group.id, text }))).toEqual({ replied: 0, remaining: 0 });
    expect(await t.read('messages', { kind: 'district_reply' })).toHaveLength(messages.length);
    const timeline = dataOf(await t.as(DEMO.district).call('demand.get', { id: ids[0] })).timeline;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'district_reply')).toHaveLength(1);
  });
});

describe('a similar-demand group two joiners write at once', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  it('when another joiner moved the group after it was read, joins it again at the new revision instead of starting a group of its own', async () => {
    let n = 0;
    const submit = (enterprise: string) => t.as(enterprise).call('demand.submit', { category: '政策咨询', title: `研发费用补贴申报第${n}问`, description: `研发费用补贴申报什么时候开始，补贴比例是多少？（${n++}）` });
    const first = dataOf(await submit('ent-030')).id as string;
    dataOf(await submit('ent-031'));
    const groupId = (await t.read('demands', { _id: first }))[0].similarGroupId as string;
    expect(groupId).toBeDefined();
    const groups = (await t.read('similar_groups')).length;
    // The first joiner sends `k` requests, the second all of its own, then the first the rest. For
    // the k that stops the first between reading the group and writing it, its write finds the
    // revision moved and it reads the group again: at least two requests more than when nothing raced it.
    const race = async (k: number) => {
      const { results, trace } = await t.cloud.interleave([() => submit('ent-032'), () => submit('ent-033')], [...Array(k).fill(0), ...Array(400).fill(1)]);
      return { joined: results.map((r) => dataOf(r).id as string), extra: trace.filter((who) => who === 0).length - trace.filter((who) => who === 1).length };
    };
    const calm = (await race(1)).extra;
    let raced: { joined: string[]; extra: number } | undefined;
    for (let k = 2; k <= 120 && !raced; k++) {
      const r = await race(k);
      if (r.extra >= calm + 2) raced = r;
    }
    expect(raced).toBeDefined();
    const stored = (await t.read('similar_groups', { _id: groupId }))[0];
    expect(stored.ids).toEqual(expect.arrayContaining(raced!.joined));
    expect(stored.size).toBe(stored.ids.length);
    for (const id of raced!.joined) expect((await t.read('demands', { _id: id }))[0].similarGroupId).toBe(groupId);
    expect(await t.read('similar_groups')).toHaveLength(groups);
  });
});
