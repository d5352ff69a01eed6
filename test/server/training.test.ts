import { trainingCompletionRates } from '../../server/assessment/training-input';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { PNG, publishedLecture, publishedVideoCourse, upload, VIDEO } from './training-fixtures';

/** Only Date is faked: the clock the actions read moves when the test says so. */
const at = (iso: string) => jest.setSystemTime(new Date(iso));
const later = (seconds: number) => jest.setSystemTime(new Date(Date.now() + seconds * 1000));
const YEAR = 2026;

describe('training', () => {
  let t: TestCloud;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    at('2026-03-02T02:00:00Z');
    t = openTestCloud({ now: new Date() });
  });
  afterEach(() => {
    t.close();
    jest.useRealTimers();
  });

  it('completes an online video when the reported position reaches its end, refusing jumps ahead of the wall clock', async () => {
    const course = await publishedVideoCourse(t);
    expect(course.material).toMatchObject({ type: 'video', durationSeconds: 4 });
    const steward = t.as(DEMO.steward);
    const detail = dataOf(await steward.call('course.get', { id: course.id }));
    expect(detail.course.material.urls[0]).toMatch(/^http/);
    expect(detail.record).toBeNull();

    expect(await steward.call('training.progress', { courseId: course.id, position: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(dataOf(await steward.call('training.start', { id: course.id }))).toMatchObject({ status: 'in_progress', source: 'self', required: false });
    // Straight to the end, no time passed: refused, nothing recorded.
    expect(await steward.call('training.progress', { courseId: course.id, position: 4 })).toMatchObject({ ok: false, error: { code: 'PROGRESS_REFUSED', message: expect.stringContaining('不能快进') } });
    later(2);
    expect(dataOf(await steward.call('training.progress', { courseId: course.id, position: 2 }))).toMatchObject({ status: 'in_progress', progress: { watchedSeconds: 2 } });
    // Seeking back is fine and does not lose what was watched.
    later(1);
    expect(dataOf(await steward.call('training.progress', { courseId: course.id, position: 0.5 })).progress.watchedSeconds).toBe(2);
    later(2);
    const done = dataOf(await steward.call('training.progress', { courseId: course.id, position: 4 }));
    expect(done).toMatchObject({ status: 'completed', hours: 2 });
    expect(dataOf(await steward.call('training.records', { state: 'completed' })).items.map((r: { courseId: string }) => r.courseId)).toEqual([course.id]);
    const stats = dataOf(await t.as(DEMO.unitAdmin).call('training.stats', { year: YEAR, view: 'all', pageSize: 50 }));
    expect(stats.stewards.items.find((r: { subjectId: string }) => r.subjectId === 'u-steward-01')).toMatchObject({ hours: 2, completed: 1, requiredAssigned: 0, completionRate: null });
  });

  it('reads a document page by page at a reading pace', async () => {
    const pages = await Promise.all([1, 2, 3].map((n) => upload(t, `p${n}.png`, PNG)));
    const course = dataOf(await t.as(DEMO.district).call('course.create', {
      kind: 'online', title: '服务管家工作规范', summary: '服务管家工作规范全文，共三页。', hours: 1, material: { type: 'document', name: '工作规范.pdf', pages: pages.map((fileID, i) => ({ fileID, name: `第${i + 1}页.png` })) },
    }));
    const documentOf = (pages: Array<{ fileID: string; name: string }>) => ({ kind: 'online', title: '不是图片的文档', summary: '上传了别的文件冒充页面。', hours: 1, material: { type: 'document', name: 'x', pages } });
    expect(await t.as(DEMO.district).call('course.create', documentOf([{ fileID: await upload(t, 'x.png', Buffer.from('not an image')), name: 'x.png' }])))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'material.pages.0': '课程材料「x.png」格式不支持，只能上传MP4 视频或图片（JPG/PNG）' } } });
    // A video is course material too, but not a page.
    expect(await t.as(DEMO.district).call('course.create', documentOf([{ fileID: await upload(t, 'v.mp4', VIDEO), name: 'v.mp4' }])))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { material: '文档页面须为 JPG 或 PNG 图片' } } });
    // A draft is the district's alone.
    expect(await t.as(DEMO.steward).call('course.get', { id: course.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dataOf(await t.as(DEMO.steward).call('course.list', { includeDrafts: true })).items).toEqual([]);
    dataOf(await t.as(DEMO.district).call('course.publish', { id: course.id }));
    expect(await t.as(DEMO.district).call('course.update', { id: course.id, title: '发布后不能再改的标题' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    const steward = t.as(DEMO.steward);
    dataOf(await steward.call('training.start', { id: course.id }));
    later(1);
    expect(await steward.call('training.progress', { courseId: course.id, position: 1 })).toMatchObject({ ok: false, error: { code: 'PROGRESS_REFUSED', message: expect.stringContaining('每页至少 5 秒') } });
    later(5);
    expect(dataOf(await steward.call('training.progress', { courseId: course.id, position: 1 })).progress).toEqual({ pagesRead: 1 });
    later(10);
    expect(dataOf(await steward.call('training.progress', { courseId: course.id, position: 3 }))).toMatchObject({ status: 'completed', progress: { pagesRead: 3 } });
  });

  it('signs a steward in to a lecture with its code only during the session window', async () => {
    const lecture = await publishedLecture(t, new Date('2026-03-02T06:00:00Z'));
    expect(lecture.signIn.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(lecture.signIn.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(dataOf(await t.as(DEMO.steward).call('course.get', { id: lecture.course.id })).signIn).toBeUndefined();
    const steward = t.as(DEMO.steward);
    expect(await steward.call('training.signIn', { code: 'ZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await steward.call('training.signIn', { code: lecture.signIn.code })).toMatchObject({ ok: false, error: { code: 'SIGN_IN_CLOSED', message: expect.stringContaining('尚未开始') } });
    expect(await steward.call('training.start', { id: lecture.course.id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    at('2026-03-02T05:40:00Z'); // 20 minutes before the start
    const signed = dataOf(await steward.call('training.signIn', { code: `fwb-signin:${lecture.signIn.code.toLowerCase()}` }));
    expect(signed).toMatchObject({ courseId: lecture.course.id, status: 'completed', hours: 2 });
    // Twice is once.
    dataOf(await steward.call('training.signIn', { code: lecture.signIn.code }));
    expect(dataOf(await t.as(DEMO.unitAdmin).call('training.stats', { year: YEAR, view: 'all', pageSize: 50 })).stewards.items.find((r: { subjectId: string }) => r.subjectId === 'u-steward-01').hours).toBe(2);
    at('2026-03-02T08:01:00Z');
    expect(await t.as(DEMO.otherSteward).call('training.signIn', { code: lecture.signIn.code })).toMatchObject({ ok: false, error: { code: 'SIGN_IN_CLOSED', message: expect.stringContaining('已结束') } });
  });

  it('gives new stewards the required courses with a due date and a message, and rolls completion up for the assessment', async () => {
    const course = await publishedVideoCourse(t, { required: true, title: '新任管家必修：服务包工作指引' });
    const { account } = dataOf(await t.as(DEMO.district).call('account.create', { role: 'steward', name: '新管家 陈晨', phone: '13800001111', unitId: 'unit-z01' }));
    const [record] = await t.read('training_records', { userId: account.id });
    expect(record).toMatchObject({ courseId: course.id, required: true, source: 'new_steward', status: 'assigned', year: YEAR });
    expect(record.dueAt.toISOString()).toBe('2026-04-01T15:59:59.999Z');
    expect(await t.read('messages', { userId: account.id, kind: 'todo:training' })).toEqual([expect.objectContaining({ title: '请完成必修课程「新任管家必修：服务包工作指引」', link: '/steward/pages/training/index' })]);

    // Taking over enterprises by handover: the steward who receives them gets it too, once.
    dataOf(await t.as(DEMO.district).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001'], reason: '管家岗位调整' }));
    dataOf(await t.as(DEMO.district).call('handover.create', { fromStewardId: 'u-steward-02', toStewardId: 'u-steward-01', enterpriseIds: ['ent-001'], reason: '管家岗位调整' }));
    dataOf(await t.as(DEMO.district).call('handover.create', { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-001'], reason: '管家岗位调整' }));
    expect(await t.read('training_records', { userId: 'u-steward-02', courseId: course.id })).toEqual([expect.objectContaining({ source: 'handover', required: true })]);

    // The district assigns it to the whole unit: only those without it are counted.
    const unitStewards = (await t.read('users', { role: 'steward', unitId: 'unit-z01', status: 'active' })).length;
    const assigned = dataOf(await t.as(DEMO.district).call('course.assign', { id: course.id, unitId: 'unit-z01', dueDate: '2026-03-31' }));
    expect(assigned.assigned + assigned.alreadyAssigned).toBe(unitStewards);
    expect(assigned.alreadyAssigned).toBe(3);

    // steward-01 watches it to the end.
    dataOf(await t.as(DEMO.steward).call('training.start', { id: course.id }));
    later(5);
    dataOf(await t.as(DEMO.steward).call('training.progress', { courseId: course.id, position: 4 }));
    const stats = dataOf(await t.as(DEMO.unitAdmin).call('training.stats', { year: YEAR, view: 'all', pageSize: 50 }));
    expect(stats).toMatchObject({ rows: 'steward', unitId: 'unit-z01', total: { requiredAssigned: unitStewards, requiredCompleted: 1 } });
    expect(stats.stewards.items.find((r: { subjectId: string }) => r.subjectId === 'u-steward-01')).toMatchObject({ completionRate: 1, hours: 2 });
    const district = dataOf(await t.as(DEMO.district).call('training.stats', { year: YEAR }));
    expect(district.items.find((r: { subjectId: string }) => r.subjectId === 'unit-z01')).toMatchObject({ requiredAssigned: unitStewards, requiredCompleted: 1 });
    expect(await t.as(DEMO.otherUnitAdmin).call('training.stats', { year: YEAR, unitId: 'unit-z01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const rates = await t.cloud.run(() => trainingCompletionRates(t.cloud.database() as never, YEAR));
    expect(rates.stewards.get('u-steward-01')).toBe(1);
    expect(rates.stewards.get(account.id)).toBe(0);
    expect(rates.units.get('unit-z01')).toBeCloseTo(1 / unitStewards);
    expect(rates.units.has('unit-t01')).toBe(false);

    // Past the due date the hourly timer flags the open ones once and tells each steward.
    at('2026-04-02T02:00:00Z');
    await t.cloud.fireTimer('cron', 'hourly', new Date());
    await t.cloud.fireTimer('cron', 'hourly', new Date());
    expect(await t.read('messages', { userId: account.id, kind: 'overdue:training' })).toHaveLength(1);
    expect(dataOf(await t.as(DEMO.unitAdmin).call('training.stats', { year: YEAR })).total.overdue).toBe(unitStewards - 1);
  });

  it('drafts an anonymised case from a demand rated 非常满意, which the district edits and publishes', async () => {
    const candidates = dataOf(await t.as(DEMO.district).call('course.caseCandidates', { pageSize: 5 }));
    // Every demand a 非常满意 rating closed, the latest closed first.
    const exemplary = (await t.read('demands', { status: 'closed', closeReason: 'rated' }))
      .filter((d: { ratings: Array<{ satisfaction: string }> }) => d.ratings.some((r) => r.satisfaction === '非常满意'))
      .sort((a: { closedAt: Date }, b: { closedAt: Date }) => new Date(b.closedAt).getTime() - new Date(a.closedAt).getTime());
    expect(exemplary.length).toBeGreaterThan(5);
    expect(candidates.items.map((c: { demandId: string }) => c.demandId)).toEqual(exemplary.slice(0, 5).map((d: { _id: string }) => d._id));
    expect(candidates.hasMore).toBe(true);
    const [candidate] = candidates.items;
    const [demand] = await t.read('demands', { _id: candidate.demandId });
    expect(demand.ratings.at(-1).satisfaction).toBe('非常满意');
    const draft = dataOf(await t.as(DEMO.district).call('course.caseFromDemand', { demandId: candidate.demandId }));
    expect(draft).toMatchObject({ kind: 'case', status: 'draft' });
    expect(draft.caseText).toContain('【企业诉求】');
    expect(draft.caseText).not.toContain(demand.enterpriseName);
    expect(draft.caseText).not.toContain(demand.stewardName);
    expect(await t.as(DEMO.district).call('course.caseFromDemand', { demandId: candidate.demandId })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    expect(await t.as(DEMO.district).call('course.caseFromDemand', { demandId: 'dem-0001' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const caseText = `${draft.caseText}\n\n【经验启示】主动对接、跨部门会商是快速办结的关键，管家全程跟进。`;
    expect(dataOf(await t.as(DEMO.district).call('course.update', { id: draft.id, caseText })).caseText).toBe(caseText);
    dataOf(await t.as(DEMO.district).call('course.publish', { id: draft.id }));
    const steward = t.as(DEMO.steward);
    expect(dataOf(await steward.call('course.list', { kind: 'case' })).items.map((c: { id: string }) => c.id)).toEqual([draft.id]);
    dataOf(await steward.call('training.start', { id: draft.id }));
    expect(await steward.call('training.progress', { courseId: draft.id, position: 1 })).toMatchObject({ ok: false, error: { code: 'PROGRESS_REFUSED' } });
    later(130);
    expect(dataOf(await steward.call('training.progress', { courseId: draft.id, position: 1 }))).toMatchObject({ status: 'completed' });
  });
});
