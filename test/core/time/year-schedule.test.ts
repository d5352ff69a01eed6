import { isWorkday } from 'chinese-days';
import { calendarCoverage, packageCoversYear } from '@/core/time/calendar-coverage';
import { parseOfficialNotice } from '@/core/time/official-notice.parser';
import { scheduleDays, scheduleProblems, type ScheduleEntry } from '@/core/time/year-schedule';
import { isWorkingDay } from '@/core/time/working-days';

/** The State Council's notice for 2025 as published (国办发明电〔2024〕12号), pasted whole. */
const NOTICE_2025 = `国务院办公厅关于2025年部分节假日安排的通知
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。`;

describe("a year's official schedule", () => {
  it('reads the State Council notice into the same working days as the official data', () => {
    const { entries, unread } = parseOfficialNotice(2025, NOTICE_2025);
    expect(unread).toEqual([]);
    expect(entries.filter((e) => e.kind === 'holiday').map((e) => `${e.name} ${e.from}~${e.to}`)).toEqual([
      '元旦 2025-01-01~2025-01-01', '春节 2025-01-28~2025-02-04', '清明节 2025-04-04~2025-04-06', '劳动节 2025-05-01~2025-05-05',
      '端午节 2025-05-31~2025-06-02', '国庆节、中秋节 2025-10-01~2025-10-08',
    ]);
    expect(entries.filter((e) => e.kind === 'workday').map((e) => e.from)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(scheduleProblems(2025, entries)).toEqual({});
    // As overrides, every day of 2025 is a working day exactly when the package says so.
    const overrides = Object.fromEntries(scheduleDays(entries).map((d) => [d.date, d.working]));
    const differing: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const weekdaysOnly = !(date in overrides) ? ![0, 6].includes(new Date(t).getUTCDay()) : overrides[date];
      if (weekdaysOnly !== isWorkday(date)) differing.push(date);
    }
    expect(differing).toEqual([]);
  });

  it('reads typed lines, a year reaching back into December, and says what it could not read', () => {
    expect(parseOfficialNotice(2027, '春节 2027-02-06 至 2027-02-13 放假\n2027-02-14、2027-02-20 上班\n国庆 10月1日-10月7日 放假').entries).toEqual([
      { kind: 'holiday', from: '2027-02-06', to: '2027-02-13', name: '春节' },
      { kind: 'workday', from: '2027-02-14', to: '2027-02-14', name: '' },
      { kind: 'workday', from: '2027-02-20', to: '2027-02-20', name: '' },
      { kind: 'holiday', from: '2027-10-01', to: '2027-10-07', name: '国庆' },
    ]);
    expect(parseOfficialNotice(2023, '一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。').entries).toEqual([{ kind: 'holiday', from: '2022-12-31', to: '2023-01-02', name: '元旦' }]);
    expect(parseOfficialNotice(2027, '端午节 6月9日至6月11日').unread).toEqual(['端午节 6月9日至6月11日']);
  });

  it('refuses a schedule that cannot be right, naming the entry', () => {
    const e = (kind: ScheduleEntry['kind'], from: string, to = from): ScheduleEntry => ({ kind, from, to, name: '' });
    expect(scheduleProblems(2027, [e('workday', '2027-02-20')])).toEqual({ entries: '请至少填写一段2027年的放假安排' });
    expect(scheduleProblems(2027, [e('holiday', '2027-02-13', '2027-02-06')])).toEqual({ 'entries.0.to': '结束日期不能早于开始日期' });
    expect(scheduleProblems(2027, [e('holiday', '2028-01-01')])).toEqual({ 'entries.0.from': '日期应在2027年内（元旦可从上一年12月开始）' });
    expect(scheduleProblems(2027, [e('holiday', '2027-02-01', '2027-02-28')])).toEqual({ 'entries.0.to': '一段放假不超过 15 天' });
    expect(scheduleProblems(2027, [e('holiday', '2027-02-06'), e('workday', '2027-02-15')])).toEqual({ 'entries.1.from': '2027-02-15是周一，调休上班应为周六或周日' });
    expect(scheduleProblems(2027, [e('holiday', '2027-02-06', '2027-02-13'), e('holiday', '2027-02-13')])).toEqual({ 'entries.1.from': '2027-02-13与第 1 条重复' });
  });
});

describe('calendar coverage', () => {
  it('knows the package covers 2026 and not 2027, and warns 90 days ahead', () => {
    expect(packageCoversYear(2026)).toBe(true);
    expect(packageCoversYear(2027)).toBe(false);
    expect(calendarCoverage('2026-06-01', new Set())).toMatchObject({ uncoveredFrom: null });
    expect(calendarCoverage('2026-12-01', new Set())).toMatchObject({ uncoveredFrom: '2027-01-01', years: [{ year: 2026, source: 'package' }, { year: 2027, source: 'none' }, { year: 2028, source: 'none' }] });
    expect(calendarCoverage('2026-12-01', new Set([2027]))).toMatchObject({ uncoveredFrom: null, years: [{ year: 2026, source: 'package' }, { year: 2027, source: 'district' }, { year: 2028, source: 'none' }] });
    expect(calendarCoverage('2027-03-01', new Set())).toMatchObject({ uncoveredFrom: '2027-03-01' });
  });

  it('without 2027 entered, counts Monday to Friday, as the warning says', () => {
    expect(isWorkingDay('2027-02-09')).toBe(true); // a Tuesday that will surely be in the Spring Festival holiday
  });
});
