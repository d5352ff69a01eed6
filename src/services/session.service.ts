import { action } from './action';

/** The QR code on a binding slip holds `fwb-bind:<CODE>`. */
const QR_PREFIX = 'fwb-bind:';

/** `user: null` means this WeChat user is not bound to any account yet. */
export const fetchMe = action('session.me');

export const bindAccount = action('account.bind');

/** The code inside a scanned QR text; any other text is returned as scanned, for the form to check. */
export function codeFromScan(text: string): string {
  const trimmed = text.trim();
  return trimmed.toLowerCase().startsWith(QR_PREFIX) ? trimmed.slice(QR_PREFIX.length) : trimmed;
}
