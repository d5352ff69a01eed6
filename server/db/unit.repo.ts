import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

export type UnitKind = 'zone' | 'street' | 'town';

/** A 属地单位: a development-zone administration, a 街道 or a 镇. */
export interface UnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
}

const units = repository('units');

export const unitRepo = {
  ...units,
  /** Pudong has 42 units: one read. */
  list: async (db: Database): Promise<UnitDoc[]> => (await units.of(db).limit(1000).get()).data,
};
