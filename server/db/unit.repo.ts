import { repository } from './repository';

export type UnitKind = 'zone' | 'street' | 'town';

/** A 属地单位: a development-zone administration, a 街道 or a 镇. */
export interface UnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
}

/** Pudong has 42 units: `all` reads them in one round trip. */
export const unitRepo = repository('units');
