/** CloudBase answers at most 1000 rows a call, and `_.in` lists and batch inserts stay short: items in runs of 500. */
export const CHUNK = 500;

export const chunksOf = <T>(items: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Rows kept in numbered chunks of `size` (a ranking's or a bulletin's steward lines): the chunks
 * `first`…`last` that hold rows [from, from + count), and `cut`, which takes those chunks' rows
 * joined in chunk order back to the range.
 */
export const chunkSpan = (from: number, count: number, size: number) => {
  const first = Math.floor(from / size);
  const skip = from - first * size;
  return { first, last: Math.floor((from + count - 1) / size), cut: <T>(rows: readonly T[]): T[] => rows.slice(skip, skip + count) };
};
