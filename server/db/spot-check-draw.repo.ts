import type { SpotCheckDraw } from '../../src/core/spot-check/spot-check-sampler';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * One week's draw (周抽查): the seed and procedure it was drawn with, the period it covered and
 * each unit's picks, so anyone can draw again from the recorded seed and compare. Keyed by the
 * week's Monday: a week has one draw, however often the timer fires.
 */
export interface SpotCheckDrawDoc {
  /** The Monday of the week of the draw (YYYY-MM-DD). */
  _id: string;
  from: string;
  to: string;
  seed: number;
  algorithm: string;
  units: SpotCheckDraw['units'];
  drawnAt: Date;
  /** 'drawing' until every item is written; a later run finishes an interrupted draw. */
  status: 'drawing' | 'done';
  items: number;
  carriedOver: number;
}

const draws = repository('spot_check_draws');

export const spotCheckDrawRepo = {
  ...draws,
  /** The last draw made (the one whose period the next draw continues from). */
  latest: async (db: Database): Promise<SpotCheckDrawDoc | null> => (await draws.of(db).orderBy('to', 'desc').limit(1).get()).data[0] ?? null,
};
