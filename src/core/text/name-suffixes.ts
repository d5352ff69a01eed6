/**
 * A "contains" search by an index: every suffix of a name is stored as its own index entry, so the
 * names containing what a person typed are the entries that start with it — one range on a sorted
 * index, however many names there are. Case is folded, as the regex search folds it.
 */

/** What a search can be as long as (the keyword fields allow 30 characters). */
export const SEARCH_KEY_MAX = 30;

/** The form names and keywords are compared in. */
export const searchKey = (text: string): string => text.trim().toLowerCase();

/** The distinct suffixes of a name, each cut to the longest keyword: a keyword is found iff one starts with it. */
export const nameSuffixes = (name: string): string[] => {
  const chars = [...searchKey(name)];
  const suffixes = new Set<string>();
  for (let i = 0; i < chars.length; i++) suffixes.add(chars.slice(i, i + SEARCH_KEY_MAX).join(''));
  return [...suffixes];
};

/** The range of index keys that start with a keyword (as far as an entry reaches): [from, to). */
export const prefixRange = (keyword: string): { from: string; to: string } => {
  const from = [...searchKey(keyword)].slice(0, SEARCH_KEY_MAX).join('');
  return { from, to: `${from}\uffff` };
};
