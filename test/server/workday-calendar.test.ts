import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { getHolidaysInRange as holidaysFromData, isWorkday as fromData } from '../../server/runtime/workday-calendar';

test('the functions\' workday lookup answers as chinese-days does, every day from 2000 to 2035', () => {
  const differ: string[] = [];
  for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2036, 0, 1); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (fromData(date) !== isWorkday(date)) differ.push(date);
  }
  expect(differ).toEqual([]);
});

test('the functions\' holiday lookup answers as chinese-days does, for every year from 2000 to 2035, with and without weekends', () => {
  for (let year = 2000; year <= 2035; year++) {
    for (const withWeekends of [true, false]) {
      expect({ year, withWeekends, days: holidaysFromData(`${year}-01-01`, `${year}-12-31`, withWeekends) }).toEqual({ year, withWeekends, days: getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, withWeekends) });
    }
  }
  expect(holidaysFromData('2026-09-30', '2026-10-02')).toEqual(getHolidaysInRange('2026-09-30', '2026-10-02'));
});
