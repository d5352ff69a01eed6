import { isWorkday } from 'chinese-days';
import { isWorkday as fromData } from '../../server/runtime/workday-calendar';

test('the functions\' workday lookup answers as chinese-days does, every day from 2000 to 2035', () => {
  const differ: string[] = [];
  for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2036, 0, 1); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (fromData(date) !== isWorkday(date)) differ.push(date);
  }
  expect(differ).toEqual([]);
});
