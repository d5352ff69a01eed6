import { shanghaiDate, addCalendarDays } from '@/core/time/shanghai';
import { nthWorkingDayAfter, nthWorkingDayBefore } from '@/core/time/working-days';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const today = () => shanghaiDate(new Date());
/** 08:30 in Shanghai on the Nth working day after a date: when the morning timer fires. */
const morningAfter = (date: string, n: number) => new Date(`${nthWorkingDayAfter(date, n)}T08:30:00+08:00`);

type Message = { kind: string; title: string; body: string; link?: string };

/**
 * Research visits (art. 5.1): planned ahead with the plan document and who accompanies, then
 * recorded (the plan becomes the record); the morning timer reminds of the follow-up (10 working
 * days) and promise due dates, escalates what is overdue to the unit, and asks for a plan whose
 * day has passed to be recorded.
 */
describe('research plans and their reminders', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud();
  });
  afterEach(() => t.close());

  const upload = (content: Buffer, name: string) => t.upload(DEMO.steward, 'researchPlan', name, content);
  const plan = async (date: string, extra: object = {}) =>
    t.as(DEMO.steward).call('research.plan', {
      enterpriseId: 'ent-002', date, leaders: '副区长 王强', topics: '了解企业扩产计划和用地需求', accompanying: '区科经委', stewardAccompanies: true, ...extra,
    });
  const record = (extra: object = {}) =>
    t.as(DEMO.steward).call('research.record', { enterpriseId: 'ent-002', date: today(), leaders: '副区长 王强', topics: '走访生产线，座谈扩产计划', ...extra });
  const about = async (openid: string, recordId: string): Promise<Message[]> => {
    const { items } = dataOf(await t.as(openid).call('message.list', { pageSize: 50 }));
    const messages = await t.read<{ _id: string; recordId: string }>('messages', { recordId });
    return items.filter((m: { id: string }) => messages.some((x) => x._id === m.id));
  };
  const morning = (at: Date) => t.cloud.fireTimer('cron', 'morning', at) as Promise<{ data: { jobs: { remindResearchVisits?: { changed: number } } } }>;

  it('plans a visit with its plan document, then records it: the plan becomes the record', async () => {
    const fileID = await upload(PDF, '调研方案.pdf');
    const planned = dataOf(await plan(addCalendarDays(today(), 7), { planFiles: [{ fileID, name: '调研方案.pdf' }] }));
    expect(planned).toMatchObject({ status: 'planned', stewardAccompanies: true, accompanying: '区科经委', promises: [], planFiles: [{ name: '调研方案.pdf', contentType: 'application/pdf', url: expect.any(String) }] });
    expect(planned.followUpDueAt).toBeUndefined();
    const listed = dataOf(await t.as(DEMO.unitAdmin).call('research.list', { status: 'planned' }));
    expect(listed.items.map((v: { id: string }) => v.id)).toEqual([planned.id]);

    const recorded = dataOf(await record({ planId: planned.id, promises: [{ content: '协调增加研发用房', owner: '陆家嘴管理局', dueDate: addCalendarDays(today(), 20) }] }));
    expect(recorded).toMatchObject({ id: planned.id, status: 'recorded', date: today(), planFiles: [{ name: '调研方案.pdf' }], openPromises: 1, followUpDueAt: expect.any(String) });
    expect(dataOf(await t.as(DEMO.steward).call('research.list', { status: 'planned' })).items).toEqual([]);
    expect(await record({ planId: planned.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.as(DEMO.otherSteward).call('research.record', { enterpriseId: 'ent-002', date: today(), leaders: '副区长', topics: '了解企业经营', planId: planned.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a plan in the past and a plan file that is not a PDF or image', async () => {
    expect(await plan(addCalendarDays(today(), -1))).toMatchObject({ ok: false, error: { fields: { date: '计划日期不能早于今天' } } });
    expect(await t.as(DEMO.steward).call('file.uploadTarget', { purpose: 'researchPlan', name: '方案.docx' }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { name: '调研方案「方案.docx」格式不支持，只能上传PDF 或图片（JPG/PNG）' } } });
    // A Word file renamed .pdf is still not a PDF.
    const fileID = await upload(Buffer.from('PK\u0003\u0004 not a pdf'), '方案.pdf');
    expect(await plan(addCalendarDays(today(), 3), { planFiles: [{ fileID, name: '方案.pdf' }] }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { 'planFiles.0': '调研方案「方案.pdf」的内容与文件类型不符，请重新选择文件' } } });
    expect(await t.read('research_visits', { status: 'planned' })).toHaveLength(0);
  });

  it('asks for a passed plan to be recorded, and a cancelled plan asks nothing', async () => {
    const planned = dataOf(await plan(today()));
    const cancelled = dataOf(await plan(today(), { leaders: '市经信委 主任' }));
    dataOf(await t.as(DEMO.steward).call('research.cancelPlan', { visitId: cancelled.id, reason: '领导临时改期' }));
    await morning(morningAfter(today(), 1));
    const [asked] = await about(DEMO.steward, planned.id);
    expect(asked).toMatchObject({ kind: 'reminder:research-plan', title: '请记录调研情况', link: '/fieldwork/pages/research/index' });
    expect(await about(DEMO.steward, cancelled.id)).toEqual([]);
    expect(await t.as(DEMO.steward).call('research.cancelPlan', { visitId: cancelled.id, reason: '再取消一次' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('reminds of the follow-up ahead, once, and escalates it to the unit when overdue', async () => {
    const visit = dataOf(await record());
    const remindMorning = morningAfter(today(), 9);
    // The day before the reminder is due: nothing yet.
    await morning(morningAfter(today(), 8));
    expect(await about(DEMO.steward, visit.id)).toEqual([]);

    await morning(remindMorning);
    const reminded = await about(DEMO.steward, visit.id);
    expect(reminded).toEqual([expect.objectContaining({ kind: 'reminder:research-followUp', title: expect.stringMatching(/^调研回访将于 \d+月\d+日 到期$/) })]);
    const again = await morning(remindMorning);
    expect(again.data.jobs.remindResearchVisits?.changed ?? 0).toBe(0);
    expect(await about(DEMO.steward, visit.id)).toHaveLength(1);
    expect(await about(DEMO.unitAdmin, visit.id)).toEqual([]);

    await morning(morningAfter(today(), 11));
    expect((await about(DEMO.unitAdmin, visit.id)).map((m) => m.kind)).toEqual(['escalated:research-followUp']);
    expect((await about(DEMO.steward, visit.id)).map((m) => m.kind)).toContain('escalated:research-followUp');
    expect(await about(DEMO.otherUnitAdmin, visit.id)).toEqual([]);
  });

  it('reminds of a promise before its due date and escalates it after; a follow-up and a closed promise stop their reminders', async () => {
    const due = nthWorkingDayAfter(today(), 6);
    const visit = dataOf(await record({ promises: [{ content: '为核心团队办理人才公寓', owner: '区人才局', dueDate: due }] }));
    dataOf(await t.as(DEMO.steward).call('research.followUp', { visitId: visit.id, note: '已电话回访企业，扩产项目推进顺利' }));
    await morning(new Date(`${nthWorkingDayBefore(due, 2)}T08:30:00+08:00`));
    const [reminder] = await about(DEMO.steward, visit.id);
    expect(reminder).toMatchObject({ kind: 'reminder:research-promise', link: '/fieldwork/pages/research/index?open=1' });
    expect(reminder.body).toContain('为核心团队办理人才公寓');

    await morning(morningAfter(due, 1));
    expect((await about(DEMO.unitAdmin, visit.id)).map((m) => m.title)).toEqual(['调研承诺逾期：为核心团队办理人才公寓']);

    const other = dataOf(await record({ promises: [{ content: '协调研发用房', owner: '陆家嘴管理局', dueDate: due }] }));
    dataOf(await t.as(DEMO.steward).call('research.followUp', { visitId: other.id, note: '已回访企业，企业满意' }));
    dataOf(await t.as(DEMO.steward).call('research.closePromise', { visitId: other.id, promiseId: other.promises[0].id, outcome: '研发用房已落实到位' }));
    expect((await t.read('research_visits', { _id: other.id }))[0].nextReminderAt).toBeUndefined();
    await morning(morningAfter(due, 2));
    expect(await about(DEMO.steward, other.id)).toEqual([]);
  });
});
