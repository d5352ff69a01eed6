import { SMALL, seedSmallOrg } from '../support/small-org';
import { dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { docxText, messagesOf, recordContact, SECTIONS, writeSmallHistory } from './summary-fixtures';

/**
 * Annual summaries (art. 8) through the actions: the prefill equals the figures, the states and
 * who may take each step, the frozen data table, the unit's summary and its export, and the
 * deadline's reminders and overdue notice, each sent once.
 */
const at = (iso: string) => jest.setSystemTime(new Date(iso));
const YEAR = 2026;
type Row = { key: string; value: number | null; text: string };
const rowValue = (rows: Row[], key: string) => rows.find((r) => r.key === key)?.value;

describe('annual summaries', () => {
  let t: TestCloud;
  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    at('2026-12-01T02:00:00Z');
    t = openTestCloud({ seed: false });
    seedSmallOrg(t);
    await writeSmallHistory(t);
  });
  afterEach(() => {
    t.close();
    jest.useRealTimers();
  });

  const steward = () => t.as(SMALL.stewardA);
  const unitAdmin = () => t.as(SMALL.unitAdminA);
  const district = () => t.as(SMALL.district);

  it('prefills a steward\'s summary with the year\'s figures, exactly as figures.get counts them, and the 非常满意 demand as a highlight', async () => {
    const mine = dataOf(await steward().call('summary.mine', { year: YEAR }));
    expect(mine).toMatchObject({ id: '', version: 0, status: 'draft', kind: 'steward', subjectName: '管家甲', unitName: '甲管理局', frozen: false, can: { edit: true, submit: true, review: false, export: false } });
    const figures = dataOf(await steward().call('figures.get', { period: { kind: 'year', date: '2026-06-30' } }));
    const byKey = new Map(figures.figures.map((f: Row) => [f.key, f.value]));
    const rows: Row[] = mine.reference.rows;
    for (const row of rows.filter((r) => r.key !== 'trainingHours')) expect([row.key, row.value]).toEqual([row.key, byKey.get(row.key)]);
    // The history written above, counted: two demands resolved, one rated 非常满意 and one 不满意, one contact, one enterprise.
    expect(Object.fromEntries(['enterprises', 'contacts', 'received', 'resolved', 'rated', 'satisfiedRate', 'badReviews', 'trainingHours'].map((k) => [k, rowValue(rows, k)])))
      .toEqual({ enterprises: 1, contacts: 1, received: 2, resolved: 2, rated: 2, satisfiedRate: 0.5, badReviews: 1, trainingHours: 0 });
    expect(mine.reference.highlights).toEqual([expect.objectContaining({ title: '申请贷款贴息', enterpriseName: '上海甲芯科技有限公司', stewardName: '管家甲' })]);
    expect(mine.sections.duties).toContain('服务重点企业1家，联系企业1次');
    expect(mine.sections.results).toContain('受理企业诉求2件，办结2件');
    expect(mine.sections.results).toContain('“申请贷款贴息”（上海甲芯科技有限公司）');
    expect(mine.sections.satisfaction).toContain('满意率50.0%');
    expect(mine.sections.problems).toContain('企业差评1件');
    expect(mine.sections.plans).toBe('');
    // Nothing was written by reading it.
    expect(await t.read('summaries')).toEqual([]);
  });

  it('runs draft → submitted → returned → submitted → accepted, each step by its party only, on the version read', async () => {
    const draft = dataOf(await steward().call('summary.save', { year: YEAR, version: 0, sections: { ...SECTIONS, plans: '' } }));
    expect(draft).toMatchObject({ status: 'draft', version: 1, id: `${YEAR}-steward-u-steward-a`, can: { export: true } });
    // A second first save, and a save on a stale version, change nothing.
    expect(await steward().call('summary.save', { year: YEAR, version: 0, sections: SECTIONS })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Too short to submit: the empty section is named, nothing changes.
    expect(await steward().call('summary.submit', { year: YEAR, version: 1, sections: { ...SECTIONS, plans: '' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'sections.plans': expect.stringContaining('下一步计划') } } });
    expect((await t.read('summaries'))[0]).toMatchObject({ status: 'draft', version: 1 });
    // The reviewer cannot act on a draft; nobody else sees it.
    expect(await unitAdmin().call('summary.accept', { id: draft.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(await t.as(SMALL.stewardB).call('summary.get', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.as(SMALL.unitAdminB).call('summary.get', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const submitted = dataOf(await steward().call('summary.submit', { year: YEAR, version: 1, sections: SECTIONS }));
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, frozen: true, late: false, can: { edit: false, submit: false } });
    expect(await messagesOf(t, 'u-unit-admin-a', 'todo:summary_review')).toHaveLength(1);
    expect(await steward().call('summary.save', { year: YEAR, version: 2, sections: SECTIONS })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    // The district reads a steward's summary but does not review it; another unit cannot reach it.
    expect(dataOf(await district().call('summary.get', { id: draft.id })).can).toMatchObject({ review: false });
    expect(await district().call('summary.return', { id: draft.id, version: 2, reason: '请补充典型案例' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(SMALL.unitAdminB).call('summary.return', { id: draft.id, version: 2, reason: '请补充典型案例' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await unitAdmin().call('summary.return', { id: draft.id, version: 2, reason: '短' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });

    const returned = dataOf(await unitAdmin().call('summary.return', { id: draft.id, version: 2, reason: '请补充典型案例的办理经过' }));
    expect(returned).toMatchObject({ status: 'returned', version: 3, returns: [{ byName: '甲单位总管家', reason: '请补充典型案例的办理经过' }] });
    expect(await unitAdmin().call('summary.accept', { id: draft.id, version: 2 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const [notice] = await messagesOf(t, 'u-steward-a', 'status:summary_returned');
    expect(notice.body).toContain('请补充典型案例的办理经过');
    expect(notice.link).toBe(`/summary/pages/write/index?year=${YEAR}`);
    const mine = dataOf(await steward().call('summary.mine', { year: YEAR }));
    expect(mine).toMatchObject({ status: 'returned', version: 3, can: { edit: true, submit: true }, sections: SECTIONS });

    const resubmitted = dataOf(await steward().call('summary.submit', { year: YEAR, version: 3, sections: { ...SECTIONS, results: `${SECTIONS.results}贷款贴息一案五个工作日办结。` } }));
    expect(resubmitted).toMatchObject({ status: 'submitted', version: 4 });
    const accepted = dataOf(await unitAdmin().call('summary.accept', { id: draft.id, version: 4 }));
    expect(accepted).toMatchObject({ status: 'accepted', version: 5, acceptedByName: '甲单位总管家', can: { review: false, edit: false } });
    expect(await messagesOf(t, 'u-steward-a', 'status:summary_accepted')).toHaveLength(1);
    expect(await unitAdmin().call('summary.return', { id: draft.id, version: 5, reason: '再改一改这一段' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    const audit = await t.read<{ action: string }>('audit_log', { recordId: draft.id });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['summary.save', 'summary.submit', 'summary.return', 'summary.accept']));
  });

  it('freezes the data table at submission while the figures move on', async () => {
    const submitted = dataOf(await steward().call('summary.submit', { year: YEAR, version: 0, sections: SECTIONS }));
    expect(rowValue(submitted.reference.rows, 'contacts')).toBe(1);
    jest.setSystemTime(new Date('2026-12-01T03:00:00Z'));
    await recordContact(t, SMALL.stewardA, 'e-a');
    const figures = dataOf(await steward().call('figures.get', { period: { kind: 'year', date: '2026-06-30' } }));
    expect(figures.figures.find((f: Row) => f.key === 'contacts').value).toBe(2);
    const read = dataOf(await unitAdmin().call('summary.get', { id: submitted.id }));
    expect(rowValue(read.reference.rows, 'contacts')).toBe(1);
    expect(read.reference.computedAt).toBe(submitted.submittedAt);
    // Returned, it shows the data as it stands again, and freezes anew at the next submission.
    const returned = dataOf(await unitAdmin().call('summary.return', { id: submitted.id, version: 1, reason: '请补充下一步计划的措施' }));
    expect(rowValue(returned.reference.rows, 'contacts')).toBe(2);
  });

  it('lists a unit\'s stewards for its admin and every unit for the district, and keeps each to its scope', async () => {
    dataOf(await steward().call('summary.submit', { year: YEAR, version: 0, sections: SECTIONS }));
    const unit = dataOf(await unitAdmin().call('summary.list', { year: YEAR, of: 'stewards' }));
    expect(unit).toMatchObject({ unitId: 'unit-a', unitName: '甲管理局', deadline: null, unitSummary: { state: 'not_started' }, state: 'submitted' });
    expect(unit.stewards.items.map((r: { subjectName: string; state: string }) => [r.subjectName, r.state])).toEqual([['管家甲', 'submitted']]);
    expect(unit.counts).toMatchObject({ submitted: 1, not_started: 1, accepted: 0 });
    const notStarted = dataOf(await unitAdmin().call('summary.list', { year: YEAR, of: 'stewards', state: 'not_started' }));
    expect(notStarted.stewards.items.map((r: { subjectName: string }) => r.subjectName)).toEqual(['管家乙']);
    expect(await unitAdmin().call('summary.list', { year: YEAR, of: 'stewards', unitId: 'unit-b' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await unitAdmin().call('summary.list', { year: YEAR, of: 'units' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const units = dataOf(await district().call('summary.list', { year: YEAR, of: 'units' }));
    expect(units.rows.map((r: { subjectName: string; state: string }) => [r.subjectName, r.state])).toEqual([['甲管理局', 'not_started'], ['乙镇', 'not_started']]);
    expect(dataOf(await district().call('summary.list', { year: YEAR, of: 'stewards', unitId: 'unit-a' })).stewards.items).toHaveLength(1);
    expect(await district().call('summary.list', { year: YEAR, of: 'stewards' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('sends the unit summary, prefilled with the unit\'s figures and its stewards, to the district, which accepts and exports it', async () => {
    const personal = dataOf(await steward().call('summary.submit', { year: YEAR, version: 0, sections: SECTIONS }));
    dataOf(await unitAdmin().call('summary.accept', { id: personal.id, version: 1 }));
    const mine = dataOf(await unitAdmin().call('summary.mine', { year: YEAR }));
    const figures = dataOf(await unitAdmin().call('figures.get', { period: { kind: 'year', date: '2026-06-30' }, slice: { dimension: 'unit' } }));
    for (const key of ['stewards', 'enterprises', 'contacts', 'resolved', 'satisfiedRate']) expect([key, rowValue(mine.reference.rows, key)]).toEqual([key, figures.figures.find((f: Row) => f.key === key).value]);
    expect(mine.sections.duties).toContain('本单位在岗服务管家2人');
    expect(mine.reference.stewards).toEqual([
      expect.objectContaining({ name: '管家甲', state: 'accepted', enterprises: 1, contacts: 1, resolved: 2, satisfiedRate: 0.5 }),
      expect.objectContaining({ name: '管家乙', state: 'not_started', enterprises: null, contacts: null, trainingHours: 0 }),
    ]);
    // A steward never sees the unit's summary.
    const unitSummary = dataOf(await unitAdmin().call('summary.submit', { year: YEAR, version: 0, sections: SECTIONS }));
    expect(await steward().call('summary.get', { id: unitSummary.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await messagesOf(t, 'u-district', 'todo:summary_review')).toHaveLength(1);
    expect(await unitAdmin().call('summary.accept', { id: unitSummary.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    dataOf(await district().call('summary.accept', { id: unitSummary.id, version: 1 }));
    expect(await messagesOf(t, 'u-unit-admin-a', 'status:summary_accepted')).toHaveLength(1);

    const file = dataOf(await district().call('summary.export', { id: unitSummary.id }));
    expect(file.fileID).toMatch(/\.docx$/);
    expect(file.url).toMatch(/^http/);
    const { fileContent } = await t.cloud.sdk.downloadFile({ fileID: file.fileID });
    const text = await docxText(fileContent);
    expect(text).toContain('甲管理局2026年度服务包工作总结');
    for (const heading of ['一、职责履行', '二、工作成效', '三、企业满意度', '四、问题与不足', '五、下一步计划']) expect(text).toContain(heading);
    expect(text).toContain(SECTIONS.plans);
    expect(text).toContain('附件　本单位服务管家2026年度个人总结情况（2 名）');
    expect(text).toMatch(/管家甲\s*已通过/);
    expect(text).toMatch(/管家乙\s*未开始/);
    expect(text).toContain('申请贷款贴息');
    // Only those who may read it export it.
    expect(await steward().call('summary.export', { id: unitSummary.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows a big unit\'s first stewards in the annex while it is written, and keeps every one when it is submitted', async () => {
    t.cloud.engine.insertMany('users', Array.from({ length: 25 }, (_, i) => ({
      _id: `u-more-${String(i).padStart(2, '0')}`, openid: `more-${i}`, role: 'steward', name: `管家丙${String(i).padStart(2, '0')}`, status: 'active', unitId: 'unit-a', createdAt: new Date('2026-01-01T00:00:00Z'),
    })));
    const all = (await t.read('users', { role: 'steward', status: 'active', unitId: 'unit-a' })).length;
    expect(all).toBe(27);
    const draft = dataOf(await unitAdmin().call('summary.mine', { year: YEAR }));
    expect(draft.reference.stewardCount).toBe(all);
    expect(draft.reference.stewards).toHaveLength(20);
    const unitSummary = dataOf(await unitAdmin().call('summary.submit', { year: YEAR, version: 0, sections: SECTIONS }));
    // Frozen with every active steward, and no count of a partial list.
    expect(unitSummary.reference.stewards).toHaveLength(all);
    expect(unitSummary.reference.stewardCount).toBeUndefined();
    expect(dataOf(await district().call('summary.get', { id: unitSummary.id })).reference.stewards).toHaveLength(all);
  });

  it('reminds those not in before the district\'s deadline and tells them once when it has passed', async () => {
    expect(await unitAdmin().call('summary.setDeadline', { year: YEAR, deadline: '2026-12-31', version: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await district().call('summary.setDeadline', { year: YEAR, deadline: '2026-11-30', version: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { deadline: '截止日期不能早于今天' } } });
    expect(dataOf(await district().call('summary.setDeadline', { year: YEAR, deadline: '2026-12-20', version: 0 }))).toMatchObject({ deadline: '2026-12-20', version: 1 });
    expect(await district().call('summary.setDeadline', { year: YEAR, deadline: '2026-12-25', version: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const round = dataOf(await district().call('summary.setDeadline', { year: YEAR, deadline: '2026-12-25', version: 1 }));
    expect(round).toMatchObject({ deadline: '2026-12-25', version: 2, setByName: '区科经委' });
    expect(dataOf(await steward().call('summary.round', { year: YEAR }))).toMatchObject({ deadline: '2026-12-25' });
    // Steward A is in on time; steward B and both units are not.
    dataOf(await steward().call('summary.submit', { year: YEAR, version: 0, sections: SECTIONS }));

    const count = async (userId: string, kind: string) => (await messagesOf(t, userId, kind)).length;
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-10T02:00:00Z'));
    expect(await count('u-steward-b', 'reminder:summary')).toBe(0);
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-18T02:00:00Z'));
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-18T03:00:00Z'));
    expect(await count('u-steward-b', 'reminder:summary')).toBe(1);
    expect(await count('u-steward-a', 'reminder:summary')).toBe(0);
    expect(await count('u-unit-admin-a', 'reminder:summary')).toBe(1);
    expect(await count('u-steward-c', 'reminder:summary')).toBe(1);
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-24T02:00:00Z'));
    expect(await count('u-steward-b', 'reminder:summary')).toBe(2);

    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-25T15:30:00Z'));
    expect(await count('u-steward-b', 'overdue:summary')).toBe(0);
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-25T16:00:00Z'));
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-25T17:00:00Z'));
    await t.cloud.fireTimer('cron', 'hourly', new Date('2026-12-26T17:00:00Z'));
    expect(await count('u-steward-b', 'overdue:summary')).toBe(1);
    expect(await count('u-steward-a', 'overdue:summary')).toBe(0);
    const [unitNotice] = await messagesOf(t, 'u-unit-admin-a', 'overdue:summary');
    expect(unitNotice.body).toContain('1 名管家的个人总结逾期未提交');
    const toDistrict = await messagesOf(t, 'u-district', 'overdue:summary');
    expect(toDistrict).toHaveLength(1);
    expect(toDistrict[0].body).toContain('2 个单位尚未提交单位总结：甲管理局、乙镇');

    // Submitted after the deadline: accepted, marked late.
    at('2026-12-27T02:00:00Z');
    expect(dataOf(await t.as(SMALL.stewardB).call('summary.submit', { year: YEAR, version: 0, sections: SECTIONS }))).toMatchObject({ status: 'submitted', late: true });
  });
});
