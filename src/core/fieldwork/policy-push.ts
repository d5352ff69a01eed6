/**
 * Publishing a policy pushes it (art. 5.2): every matching enterprise's contacts are told, and
 * each matching enterprise's steward gets a promotion to-do, done when the promotion is
 * recorded. Enterprises are read in batches ordered by steward, so each steward hears once per
 * policy of all their enterprises to visit, even when a steward's enterprises span two batches.
 */
export const PUSH_BATCH = 100;

export interface PushRow {
  enterpriseId: string;
  enterpriseName: string;
  /** '' for an enterprise without a steward yet: its contacts are told, nobody gets a to-do. */
  stewardId: string;
}

export interface StewardRun {
  stewardId: string;
  enterpriseNames: string[];
}

/**
 * Cut a batch (ordered by steward) into whole runs per steward. When the batch was full, its last
 * steward may continue in the next batch: that run is held back (the next read starts at it)
 * unless it is the only run, which then stands alone and must be read whole by the caller.
 */
export const wholeRuns = (rows: PushRow[], full: boolean): { runs: StewardRun[]; heldBack: string | null } => {
  const runs: StewardRun[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.stewardId === row.stewardId) last.enterpriseNames.push(row.enterpriseName);
    else runs.push({ stewardId: row.stewardId, enterpriseNames: [row.enterpriseName] });
  }
  if (!full || runs.length < 2) return { runs, heldBack: full && runs.length === 1 ? runs[0].stewardId : null };
  return { runs: runs.slice(0, -1), heldBack: runs[runs.length - 1].stewardId };
};

/** What the district sees of a policy's push. */
export interface PolicyPushView {
  status: 'pushing' | 'done' | 'scheduled';
  enterprises: number;
  contacts: number;
}
