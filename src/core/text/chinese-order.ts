/**
 * Names in the order a Chinese reader looks them up (pinyin). One collator for every sort: calling
 * `localeCompare(b, 'zh')` builds the locale's rules on every comparison, five times slower over
 * a unit's hundreds of stewards.
 */
const collator = new Intl.Collator('zh-Hans-CN');

export const compareChinese = (a: string, b: string): number => collator.compare(a, b);
