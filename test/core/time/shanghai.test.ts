import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { addCalendarDays, shanghaiDate } from '@/core/time/shanghai';

dayjs.extend(utc);

/**
 * Dates by plain arithmetic (the working-day loops call these for every day they step) agree with
 * dayjs's date maths, the reference they replaced, over sixty years of instants and day offsets.
 */
const byDayjs = {
  shanghaiDate: (d: Date | string) => dayjs(d).utcOffset(480).format('YYYY-MM-DD'),
  addCalendarDays: (date: string, days: number) => dayjs(`${date}T00:00:00Z`).utc().add(days, 'day').format('YYYY-MM-DD'),
};

describe('Shanghai dates', () => {
  it('match dayjs for instants across sixty years, either side of midnight in Shanghai', () => {
    const start = Date.UTC(1995, 0, 1);
    for (let i = 0; i < 20_000; i++) {
      // A stride that is not a whole number of days walks every time of day.
      const t = start + i * 94_721_113;
      expect(shanghaiDate(new Date(t))).toBe(byDayjs.shanghaiDate(new Date(t)));
      expect(shanghaiDate(t)).toBe(byDayjs.shanghaiDate(new Date(t)));
    }
    expect(shanghaiDate(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(shanghaiDate(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
    expect(shanghaiDate('2026-12-01T08:00:00+08:00')).toBe('2026-12-01');
  });

  it('move a date by whole days as dayjs does, over month ends, leap days and years', () => {
    for (let i = 0; i < 5_000; i++) {
      const date = byDayjs.shanghaiDate(new Date(Date.UTC(1998, 0, 1) + i * 4 * 86_400_000));
      for (const days of [-400, -31, -1, 0, 1, 2, 29, 366]) expect(addCalendarDays(date, days)).toBe(byDayjs.addCalendarDays(date, days));
    }
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
