import { draftCase, maskText } from '@/core/training/case-anonymiser';
import { caseReadingSeconds, completionRate, judgeProgress, normalizeSignInCode, progressRule, signInProblem } from '@/core/training/training.rules';

const T0 = new Date('2026-03-02T02:00:00Z');
const after = (s: number) => new Date(T0.getTime() + s * 1000);

describe('progress is judged against the wall clock', () => {
  const video = progressRule({ kind: 'online', materialType: 'video', durationSeconds: 600 })!;
  it('accepts real-time progress and refuses a jump ahead of it', () => {
    expect(judgeProgress(video, 0, T0, 30, after(30))).toEqual({ accepted: true, reached: 30, complete: false });
    expect(judgeProgress(video, 0, T0, 33, after(30))).toMatchObject({ accepted: true });
    expect(judgeProgress(video, 0, T0, 40, after(30))).toMatchObject({ accepted: false, reason: expect.stringContaining('不能快进') });
  });
  it('lets a viewer seek back without losing what was watched, and ends within 3 seconds of the end', () => {
    expect(judgeProgress(video, 300, T0, 10, after(1))).toEqual({ accepted: true, reached: 300, complete: false });
    expect(judgeProgress(video, 590, T0, 597, after(7))).toEqual({ accepted: true, reached: 597, complete: true });
    expect(judgeProgress(video, 590, T0, 9999, after(10))).toEqual({ accepted: true, reached: 600, complete: true });
  });
  it('needs the whole of a short video', () => {
    const short = progressRule({ kind: 'online', materialType: 'video', durationSeconds: 4 })!;
    expect(judgeProgress(short, 0, T0, 1.5, after(10))).toMatchObject({ complete: false });
    expect(judgeProgress(short, 0, T0, 3.9, after(10))).toMatchObject({ complete: true });
  });
  it('reads documents at five seconds a page and cases at a skim pace', () => {
    const doc = progressRule({ kind: 'online', materialType: 'document', pages: 10 })!;
    expect(judgeProgress(doc, 2, T0, 4, after(7))).toMatchObject({ accepted: true, reached: 4 });
    expect(judgeProgress(doc, 2, T0, 5, after(7))).toMatchObject({ accepted: false });
    expect(progressRule({ kind: 'case', caseText: '字'.repeat(1000) })).toEqual({ unit: 'pages', end: 1, secondsPerUnit: 50 });
    expect(caseReadingSeconds('短')).toBe(5);
    expect(caseReadingSeconds('长'.repeat(100_000))).toBe(120);
    expect(progressRule({ kind: 'lecture' })).toBeNull();
  });
});

describe('sign-in at the venue', () => {
  const session = { startsAt: '2026-03-02T06:00:00Z', endsAt: '2026-03-02T08:00:00Z' };
  it('opens 30 minutes before the start and closes at the end', () => {
    expect(signInProblem(session, new Date('2026-03-02T05:29:00Z'))).toMatch(/尚未开始/);
    expect(signInProblem(session, new Date('2026-03-02T05:31:00Z'))).toBeNull();
    expect(signInProblem(session, new Date('2026-03-02T08:00:00Z'))).toBeNull();
    expect(signInProblem(session, new Date('2026-03-02T08:00:01Z'))).toMatch(/已结束/);
  });
  it('takes a typed or scanned code', () => {
    expect(normalizeSignInCode('fwb-signin:ab3 x9k')).toBe('AB3X9K');
  });
  it('rates completion of required courses, none required being no data', () => {
    expect(completionRate(3, 4)).toBe(0.75);
    expect(completionRate(0, 0)).toBeNull();
  });
});

describe('the case anonymiser', () => {
  const source = { enterpriseName: '上海联影信息技术有限公司', people: ['陆建国', '王芳'], creditCode: '91310115MA1K4PQR3X' };
  it('masks the enterprise, the people on the record, phones, credit codes and e-mail', () => {
    const text = '上海联影信息技术有限公司（联影信息）的王芳经理致电 13812345678、021-58881234，信用代码 91310115MA1K4PQR3X，邮箱 wf@united.com；管家陆建国与张总对接。';
    const masked = maskText(text, source);
    expect(masked).toBe('某企业（某企业）的王某经理致电 [电话]、[电话]，信用代码 [统一社会信用代码]，邮箱 [邮箱]；管家陆某与某总对接。');
  });
  it('leaves amounts, dates and place names alone', () => {
    expect(maskText('2025年获贴息 1200000 元，张江总部扩建 5000 平方米。', source)).toBe('2025年获贴息 1200000 元，张江总部扩建 5000 平方米。');
  });
  it('drafts a case in parts, every part masked', () => {
    const draft = draftCase({ ...source, title: '联影信息申请贴息', category: '融资', description: '联影信息申请科技贷款贴息', resolution: '王芳已收到贴息', steps: ['管家陆建国审核派单'], satisfaction: '非常满意' });
    expect(draft.title).toBe('案例：某企业申请贴息');
    expect(draft.text).toBe('【诉求类别】融资\n\n【企业诉求】某企业申请科技贷款贴息\n\n【办理过程】\n1. 管家陆某审核派单\n\n【办理结果】王某已收到贴息\n\n【企业评价】非常满意');
  });
});
