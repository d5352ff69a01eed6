import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** The district's oversight choices that are data, not deployment settings (one document per subject). */
export interface OversightSettingDoc {
  _id: 'spot_check';
  unitAdminsVerify: boolean;
  updatedBy: string;
  updatedAt: Date;
}

const settings = repository('oversight_settings');

export const oversightSettingRepo = {
  /** The spot check's settings; by default only the district verifies. */
  spotCheck: async (db: Database): Promise<{ unitAdminsVerify: boolean }> => ({ unitAdminsVerify: (await settings.get(db, 'spot_check'))?.unitAdminsVerify ?? false }),
  setSpotCheck: async (db: Database, doc: OversightSettingDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await settings.of(db).doc(_id).set({ data: fields });
  },
};
