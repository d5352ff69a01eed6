import { nameSuffixes, prefixRange, SEARCH_KEY_MAX, searchKey } from '@/core/text/name-suffixes';

describe('name suffixes (the name index entries)', () => {
  it('has one entry per position, case folded, so every part of the name starts one', () => {
    const name = '上海ABC芯片有限公司';
    const suffixes = nameSuffixes(name);
    expect(suffixes).toHaveLength([...name].length);
    expect(suffixes[0]).toBe('上海abc芯片有限公司');
    for (const part of ['abc芯片', '芯片有', '公司', 'bc']) expect(suffixes.some((s) => s.startsWith(searchKey(part)))).toBe(true);
    expect(suffixes.some((s) => s.startsWith('芯片公司'))).toBe(false);
  });

  it('keeps each distinct suffix once and cuts long ones to the longest keyword', () => {
    expect(nameSuffixes('啊啊啊')).toEqual(['啊啊啊', '啊啊', '啊']);
    const long = '上'.repeat(10) + '海'.repeat(50);
    expect(Math.max(...nameSuffixes(long).map((s) => [...s].length))).toBe(SEARCH_KEY_MAX);
  });

  it('bounds the entries starting with a keyword: [keyword, keyword + U+FFFF)', () => {
    const { from, to } = prefixRange(' ABC ');
    expect(from).toBe('abc');
    for (const s of ['abc', 'abc芯片', 'abcz']) expect(s >= from && s < to).toBe(true);
    for (const s of ['abb', 'abd', 'ab']) expect(s >= from && s < to).toBe(false);
  });
});
