/** The units a publication asks for a rectification plan: pure, so the tests check it on hand-built rows. */
/** Units below the threshold (when one is given) and those the district chose, each once. */
export const unitsToRectify = (units: ReadonlyArray<{ id: string; total: number }>, below: number | undefined, chosen: readonly string[]): string[] => {
  const known = new Set(units.map((u) => u.id));
  return [...new Set([...(below === undefined ? [] : units.filter((u) => u.total < below).map((u) => u.id)), ...chosen.filter((id) => known.has(id))])];
};
