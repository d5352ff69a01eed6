import type { CreditedWork, FactsStamp } from './facts-stamp';
import type { CheckInFlag } from '../../src/core/contact/geo';
import { repository } from './repository';

export type ContactType = '电话' | '座谈' | '上门走访' | '短信/微信' | '其他';

/** A contact or visit with an enterprise (art. 5.3). */
export interface ContactDoc extends FactsStamp, CreditedWork {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it): the scope the record is seen in. */
  stewardId: string;
  /** Who made the contact (the steward, or a liaison for them): history, never moved. */
  recordedBy: string;
  recordedByName: string;
  type: ContactType;
  at: Date;
  who: string;
  topics: string;
  outcome: string;
  nextStep: string;
  demandIds: string[];
  checkIn?: { at: Date; latitude: number; longitude: number; distanceMeters: number | null; photoFileIds: string[] };
  /** A check-in farther than the limit from the enterprise, or with no location to check against. */
  checkInFlag?: CheckInFlag;
  createdAt: Date;
  updatedAt: Date;
}

export const contactRepo = repository('contacts');
