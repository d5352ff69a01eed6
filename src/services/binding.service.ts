import type { SessionUser } from '@/core/session.model';
import { callAction } from './cloud';

/** The QR code on a binding slip holds `fwb-bind:<CODE>`. */
const QR_PREFIX = 'fwb-bind:';

export interface BindInput {
  code: string;
  name?: string;
  phone?: string;
}

export const bindAccount = (input: BindInput) => callAction<{ user: SessionUser }>('account.bind', input);

/** The code inside a scanned QR text; any other text is returned as scanned, for the form to check. */
export function codeFromScan(text: string): string {
  const trimmed = text.trim();
  return trimmed.toLowerCase().startsWith(QR_PREFIX) ? trimmed.slice(QR_PREFIX.length) : trimmed;
}
