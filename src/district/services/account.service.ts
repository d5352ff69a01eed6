import type { AccountStatus } from '@/core/org/org.model';
import { action } from '@/services/action';
import { callAction } from '@/services/cloud';

export const createAccount = action('account.create');

export const listAccounts = action('account.list');

export const updateAccount = action('account.update');

export const setAccountStatus = (id: string, status: AccountStatus) => callAction('account.setStatus', { id, status });

export const reissueCode = (id: string) => callAction('account.reissueCode', { id });

export const revokeCode = (id: string) => callAction('account.revokeCode', { id });
