/**
 * Demand text reduced to what says what a demand is about. Chinese has no spaces, so the text is
 * cut into runs at punctuation, digits and very common words (polite phrases, "our company",
 * question words) that every demand shares; shingles are then taken inside each run, so no
 * shingle spans a removed word. Latin letters are kept (IPO, AI); digits are dropped because
 * amounts and years differ between enterprises asking the same thing.
 */

/** Words nearly every demand contains, longest first when removed so longer phrases win. */
export const COMMON_WORDS = [
  '想问一下', '什么时候', '请问', '咨询', '关于', '希望', '我们', '我司', '本公司', '公司', '企业', '了解', '一下', '什么', '是否', '能否', '可否', '怎么', '如何',
  '需要', '哪些', '还有', '帮忙', '协助', '麻烦', '谢谢', '您好', '你好', '问题', '情况', '相关', '目前', '现在', '已经', '这个', '那个', '可以', '能够',
  // The vocabulary of asking itself (how to apply, conditions, materials, progress): every subject has it.
  '申请', '申报', '办理', '条件', '流程', '材料', '进度', '协调', '加快', '时间', '要求', '标准', '提交', '政策',
  // Only particles that are never part of a content word: 请 would cut 申请, 中 would cut 中心.
  '的', '了', '吗', '呢', '吧', '啊',
].sort((a, b) => b.length - a.length);

const NOT_TEXT = /[^\p{Script=Han}a-z]+/gu;

/** Runs of meaningful characters, in order. */
export const textRuns = (text: string): string[] => {
  let s = text.normalize('NFKC').toLowerCase().replace(NOT_TEXT, ' ');
  for (const word of COMMON_WORDS) s = s.split(word).join(' ');
  return s.split(' ').filter(Boolean);
};

/** Character bigrams and trigrams inside each run (a one-character run gives itself). */
export const shingles = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const run of textRuns(text)) {
    if (run.length === 1) out.add(run);
    for (const n of [2, 3]) for (let i = 0; i + n <= run.length; i++) out.add(run.slice(i, i + n));
  }
  return out;
};

/** The text a demand is compared by: its title and description. */
export const demandText = (d: { title: string; description?: string }) => `${d.title}。${d.description ?? ''}`;

export const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
};
