import { bulletinMonthDue, firstWorkingDayOfMonth, previousMonth } from '@/core/bulletin/bulletin-schedule';

describe('when the monthly bulletin is due', () => {
  it('is the first working day of the month, for the month before', () => {
    expect(bulletinMonthDue('2026-12-01')).toBe('2026-11');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });

  it('stays due on the working days after, so a timer that was down catches up, but never on a weekend', () => {
    expect(bulletinMonthDue('2026-12-02')).toBe('2026-11');
    expect(bulletinMonthDue('2026-12-31')).toBe('2026-11');
    expect(bulletinMonthDue('2026-12-05')).toBeNull();
  });

  it('waits out a holiday at the start of the month and a weekend', () => {
    // National Day 2026: 1–7 October off, work resumes on Thursday the 8th.
    expect(firstWorkingDayOfMonth('2026-10')).toBe('2026-10-08');
    expect(bulletinMonthDue('2026-10-01')).toBeNull();
    expect(bulletinMonthDue('2026-10-07')).toBeNull();
    expect(bulletinMonthDue('2026-10-08')).toBe('2026-09');
    // New Year 2026: 1–3 January off; Sunday the 4th is a make-up working day (调休).
    expect(bulletinMonthDue('2026-01-04')).toBe('2025-12');
    expect(bulletinMonthDue('2026-01-02')).toBeNull();
    // August 2026 starts on a Saturday.
    expect(firstWorkingDayOfMonth('2026-08')).toBe('2026-08-03');
  });

  it('follows the district’s calendar overrides', () => {
    expect(firstWorkingDayOfMonth('2026-12', { '2026-12-01': false })).toBe('2026-12-02');
    expect(bulletinMonthDue('2026-12-01', { '2026-12-01': false })).toBeNull();
    expect(bulletinMonthDue('2026-08-01', { '2026-08-01': true })).toBe('2026-07');
  });
});
