/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
 * the last is a check character computed from the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const creditCodeCheckChar = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error(`invalid character ${first17[i]}`);
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
};

export type CreditCodeProblem = 'length' | 'charset' | 'check_digit';

/** Null when valid; otherwise what is wrong, so the message can say it. */
export const creditCodeProblem = (raw: string): CreditCodeProblem | null => {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'charset';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check_digit';
};

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为 18 位',
  charset: '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）',
  check_digit: '统一社会信用代码校验位不正确，请核对后重新输入',
};

export const CREDIT_CODE_MISSING = '请填写统一社会信用代码';

/** What is wrong with a typed code, in the words people see, or undefined when it is valid. */
export const creditCodeMessage = (typed: string): string | undefined => {
  if (!typed.trim()) return CREDIT_CODE_MISSING;
  const problem = creditCodeProblem(typed);
  return problem ? CREDIT_CODE_MESSAGES[problem] : undefined;
};
