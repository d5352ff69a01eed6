/** A small seeded PRNG (mulberry32) so the demo data is the same on every machine. */
export const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    /** A float in [min, max). */
    between: (min: number, max: number) => min + next() * (max - min),
    /** Exponentially distributed with the given mean (gaps between independent events). */
    expo: (mean: number) => -Math.log(1 - next()) * mean,
    /** 32 lowercase hex characters, the shape of a CloudBase _id. */
    hexId: () => Array.from({ length: 4 }, () => Math.floor(next() * 2 ** 32).toString(16).padStart(8, '0')).join(''),
    /** Up to `n` distinct items, in their original order. */
    sample: <T>(items: readonly T[], n: number): T[] => {
      const out: T[] = [];
      let need = Math.min(n, items.length);
      for (let i = 0; i < items.length && need > 0; i++) {
        if (next() * (items.length - i) < need) {
          out.push(items[i]);
          need--;
        }
      }
      return out;
    },
  };
};

export type Random = ReturnType<typeof seededRandom>;
