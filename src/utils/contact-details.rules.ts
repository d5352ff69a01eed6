import { PHONE_MESSAGE, PHONE_PATTERN } from '@/core/contracts/org.fields';

/** An optional mobile number: empty, or 11 digits starting with 1. */
export const phoneProblem = (typed: string): string | undefined => {
  const phone = typed.trim();
  return phone && !PHONE_PATTERN.test(phone) ? PHONE_MESSAGE : undefined;
};
