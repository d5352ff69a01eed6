import { CONTACT_CADENCE, VISIT_CADENCE } from '@/core/contracts/org.fields';
import { daysProblem } from '@/core/contracts/text-rule';
import { presentErrors } from '@/utils/form-errors';

export { CONTACT_CADENCE, VISIT_CADENCE } from '@/core/contracts/org.fields';

export type CadenceField = 'contactCadenceDays' | 'visitCadenceDays';
type CadenceErrors = Partial<Record<CadenceField, string>>;

/** The cadence limits of the enterprise contract, checked on the device first. */
export const validateCadence = (contact: string, visit: string): CadenceErrors =>
  presentErrors({ contactCadenceDays: daysProblem(contact, CONTACT_CADENCE), visitCadenceDays: daysProblem(visit, VISIT_CADENCE) });
