import type { LocalCloud } from '../runtime/local-cloud';
import { withDerivedFields } from '../../server/db/derived-fields';
import { buildDemoData } from './demo-data';
import { withFigureData } from './figure-data';
import { nameIndexData } from './name-index-data';

/** Fill an empty database with the demo data; a database that has users is left alone. */
export const seedIfEmpty = (cloud: LocalCloud, now = new Date()): { seeded: boolean; counts: Record<string, number> } => {
  if (cloud.engine.count('users') > 0) return { seeded: false, counts: {} };
  const demo = withFigureData(buildDemoData(now), now);
  const data = { ...demo, ...nameIndexData(demo.enterprises, now) };
  const counts: Record<string, number> = {};
  for (const [collection, docs] of Object.entries(data)) {
    cloud.engine.insertMany(collection, (docs as object[]).map((doc) => withDerivedFields(collection, doc)));
    counts[collection] = docs.length;
  }
  return { seeded: true, counts };
};
