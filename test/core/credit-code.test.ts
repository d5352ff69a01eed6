import { creditCodeCheckChar, creditCodeProblem } from '@/core/credit-code';

describe('统一社会信用代码', () => {
  it.each(['91310000MA1FL1MMXL', '91110000802100433B'])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('rejects a wrong check character, a wrong length and a forbidden letter', () => {
    expect(creditCodeProblem('91110000802100433C')).toBe('check_digit');
    expect(creditCodeProblem('9111000080210043')).toBe('length');
    expect(creditCodeProblem('91110000802100433I')).toBe('charset');
  });

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckChar('91110000802100433')).toBe('B');
  });
});
