/**
 * The working-day questions are answered from running counts per year; they must answer exactly
 * what walking the calendar day by day answers, over the official calendar, override tables, year
 * ends and long spans.
 */
import { isWorkingDay, nthWorkingDayAfter, nthWorkingDayBefore, workingDaysAfterUntil, type CalendarOverrides } from '@/core/time/working-days';
import { addCalendarDays } from '@/core/time/shanghai';

// The reference: the walk, day by day.
const walk = (date: string, n: number, step: 1 | -1, o: CalendarOverrides) => {
  let day = date;
  for (let left = n, guard = 0; left > 0; guard++) {
    if (guard > 3660) return 'none';
    day = addCalendarDays(day, step);
    if (isWorkingDay(day, o)) left--;
  }
  return day;
};
const countWalk = (from: string, to: string, o: CalendarOverrides) => {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) if (isWorkingDay(day, o)) count++;
  return count;
};
const attempt = (f: () => string) => {
  try {
    return f();
  } catch {
    return 'none';
  }
};

let seed = 5;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const randomDate = () => addCalendarDays('2019-06-01', Math.floor(next() * 365 * 8));
const randomOverrides = (): CalendarOverrides => (next() < 0.4 ? {} : Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 12) }, () => [randomDate(), next() < 0.5])));

test('the Nth working day after and before, and the count between two dates, as the walk finds them', () => {
  for (let round = 0; round < 3000; round++) {
    const o = randomOverrides();
    const date = round % 50 === 0 ? `${2020 + (round % 7)}-12-31` : randomDate();
    const n = 1 + Math.floor(next() * (next() < 0.1 ? 400 : 25));
    const to = addCalendarDays(date, Math.floor(next() * 900) - 100);
    expect([round, date, n, attempt(() => nthWorkingDayAfter(date, n, o))]).toEqual([round, date, n, walk(date, n, 1, o)]);
    expect([round, date, n, attempt(() => nthWorkingDayBefore(date, n, o))]).toEqual([round, date, n, walk(date, n, -1, o)]);
    expect([round, date, to, workingDaysAfterUntil(date, to, o)]).toEqual([round, date, to, countWalk(date, to, o)]);
  }
});

test('a table that declares ten years of holidays finds no working day, either way', () => {
  const everyDayOff = Object.fromEntries(Array.from({ length: 7400 }, (_, i) => [addCalendarDays('2025-01-01', i - 3700), false]));
  expect(() => nthWorkingDayAfter('2025-01-01', 1, everyDayOff)).toThrow('no working day within ten years');
  expect(() => nthWorkingDayBefore('2025-01-01', 1, everyDayOff)).toThrow('no working day within ten years');
});

test('the same table object asked again, and a changed copy, each answer their own calendar', () => {
  const o = { '2025-10-11': false };
  expect(nthWorkingDayAfter('2025-09-30', 3, o)).toBe('2025-10-13');
  expect(nthWorkingDayAfter('2025-09-30', 3, { ...o, '2025-10-13': false })).toBe('2025-10-14');
  expect(nthWorkingDayAfter('2025-09-30', 3, {})).toBe('2025-10-11');
});

test('tables are kept by their content: a fresh copy answers the same, the same date flipped answers its own', () => {
  expect(nthWorkingDayAfter('2025-09-30', 3, { '2025-10-11': false })).toBe('2025-10-13');
  expect(nthWorkingDayAfter('2025-09-30', 3, { '2025-10-11': false })).toBe('2025-10-13');
  expect(nthWorkingDayAfter('2025-09-30', 3, { '2025-10-11': true })).toBe('2025-10-11');
  expect(nthWorkingDayAfter('2025-10-09', 1, { '2025-10-10': false, '2025-10-11': true })).toBe('2025-10-11');
  expect(nthWorkingDayAfter('2025-10-09', 1, { '2025-10-10': true, '2025-10-11': false })).toBe('2025-10-10');
});
