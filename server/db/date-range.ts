import { endOfShanghaiDay } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';

/**
 * A condition for "between these Shanghai days, both included", from what a filter form sent
 * (either end may be missing). Undefined when neither is given: the caller adds no condition.
 */
export const shanghaiDays = (db: Database, from?: string, to?: string) => {
  const _ = db.command;
  const bounds = [...(from ? [_.gte(new Date(`${from}T00:00:00+08:00`))] : []), ...(to ? [_.lte(endOfShanghaiDay(to))] : [])];
  if (bounds.length === 0) return undefined;
  return bounds.length === 1 ? bounds[0] : _.and(bounds[0], bounds[1]);
};

/** "Set at all" on a date field, as a range (not `exists`), so the field's index answers it. */
export const everSet = (db: Database) => db.command.gt(new Date(0));
