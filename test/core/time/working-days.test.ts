import { isWorkingDay, nthWorkingDayAfter, workingDayDeadline } from '@/core/time/working-days';
import { shanghaiDate } from '@/core/time/shanghai';

describe('working days on the official calendar', () => {
  it('treats National Day as days off and its make-up Saturday as a working day', () => {
    expect(isWorkingDay('2025-10-01')).toBe(false);
    expect(isWorkingDay('2025-10-08')).toBe(false);
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday, make-up workday
    expect(isWorkingDay('2025-10-11')).toBe(true); // Saturday, make-up workday
    expect(isWorkingDay('2025-10-12')).toBe(false); // ordinary Sunday
  });

  it('counts 3 working days across National Day 2025', () => {
    // Tuesday 30 Sep → holiday 1–8 Oct → Thu 9, Fri 10, Sat 11 (make-up).
    expect(nthWorkingDayAfter('2025-09-30', 3)).toBe('2025-10-11');
  });

  it('lets the override table win over the package and cover unknown years', () => {
    expect(isWorkingDay('2025-10-11', { '2025-10-11': false })).toBe(false);
    expect(nthWorkingDayAfter('2025-09-30', 3, { '2025-10-11': false })).toBe('2025-10-13');
  });

  it('puts a deadline at the end of the Shanghai day, whatever the runtime zone', () => {
    // 23:30 UTC on 2 Dec 2025 is already 3 Dec in Shanghai (a Wednesday).
    const from = new Date('2025-12-02T23:30:00Z');
    expect(shanghaiDate(from)).toBe('2025-12-03');
    expect(workingDayDeadline(from, 1).toISOString()).toBe('2025-12-04T15:59:59.999Z');
  });
});
