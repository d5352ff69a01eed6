/**
 * A projection of a rollup or snapshot row: its slice (value, unitId) and only the named counters
 * of one group. A ranking reads a dozen of a row's ~100 counters; at ten times Pudong a unit's
 * steward rows are hundreds, and the rest would be parsed for nothing.
 */
export const sliceWith = (group: 'flow' | 'stock', counters: readonly string[]): Record<string, boolean> => ({
  value: true,
  unitId: true,
  ...Object.fromEntries(counters.map((key) => [`${group}.${key}`, true])),
});
