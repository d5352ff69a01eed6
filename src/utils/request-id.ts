/**
 * An id for one draft, sent with every retry so the server can recognise a repeat.
 * Time plus randomness is unique enough per device; crypto.randomUUID is not on every runtime.
 */
export function newClientRequestId(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random}`;
}
