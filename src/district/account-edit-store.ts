import type { AccountView } from '@/core/org/org.model';

// The account being edited travels from the list in memory: there is no single-account read,
// and the list row already holds everything the form shows.
let editing: AccountView | null = null;

export function handOverAccountToEdit(account: AccountView): void {
  editing = account;
}

export function accountToEdit(): AccountView | null {
  return editing;
}
