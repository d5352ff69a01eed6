/** CloudBase answers at most 1000 rows a call, and `_.in` lists and batch inserts stay short: items in runs of 500. */
export const CHUNK = 500;

export const chunksOf = <T>(items: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
