import { groupedNumber } from '../../../src/core/text/grouped-number';

// The kept formatters must say exactly what toLocaleString('en-US', …) says, whatever the value.
test('the same text as toLocaleString for integers, halves, large and negative numbers, at 0, 1 and 3 decimals', () => {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const values = [0, -0, 1, 999, 1000, 1234567, 0.05, 0.15, 1.25, 2.45, 1e21, -1234.55, NaN, Infinity, ...Array.from({ length: 500 }, () => (next() - 0.3) * 10 ** Math.floor(next() * 9))];
  for (const digits of [0, 1, 3]) {
    for (const v of values) expect([v, digits, groupedNumber(v, digits)]).toEqual([v, digits, v.toLocaleString('en-US', { maximumFractionDigits: digits })]);
  }
});
