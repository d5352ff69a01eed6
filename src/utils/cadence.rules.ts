/** The cadence limits of the server's enterprise contract, checked on the device first. */
export const CONTACT_CADENCE = { min: 7, max: 180 };
export const VISIT_CADENCE = { min: 14, max: 365 };

export type CadenceField = 'contactCadenceDays' | 'visitCadenceDays';
export type CadenceErrors = Partial<Record<CadenceField, string>>;

function check(text: string, label: string, { min, max }: { min: number; max: number }): string | undefined {
  const value = Number(text.trim());
  if (!text.trim() || !Number.isInteger(value)) return `请填写${label}天数（整数）`;
  if (value < min) return `${label}至少 ${min} 天`;
  if (value > max) return `${label}不超过 ${max} 天`;
  return undefined;
}

export function validateCadence(contact: string, visit: string): CadenceErrors {
  const errors: CadenceErrors = {};
  const contactError = check(contact, '联系周期', CONTACT_CADENCE);
  const visitError = check(visit, '走访周期', VISIT_CADENCE);
  if (contactError) errors.contactCadenceDays = contactError;
  if (visitError) errors.visitCadenceDays = visitError;
  return errors;
}
