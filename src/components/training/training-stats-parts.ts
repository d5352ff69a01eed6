import type { TrainingStats } from '@/core/training/training.model';
import { shanghaiNow } from '@/utils/shanghai-clock';

const thisYear = Number(shanghaiNow().date.slice(0, 4));
/** The years a training screen offers: this one and the last. */
export const TRAINING_YEARS = [thisYear, thisYear - 1].map((year) => ({ label: `${year} 年`, year }));

/**
 * The answer as the screen asked for it: naming a unit (or being one's admin) gets steward rows,
 * the district without one gets unit rows. A mix-up is a bug, shown as a load error.
 */
export const rowsOf = <R extends TrainingStats['rows']>(stats: TrainingStats, rows: R): Extract<TrainingStats, { rows: R }> => {
  if (stats.rows !== rows) throw new Error(`training.stats answered ${stats.rows} rows, not ${rows}`);
  return stats as Extract<TrainingStats, { rows: R }>;
};
