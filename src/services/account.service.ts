import type { z } from 'zod';
import type { accountCreateInput, accountListInput } from '@/core/contracts/org.contracts';
import type { PageResult } from '@/core/demand/demand.model';
import type { AccountStatus, AccountView, IssuedCode } from '@/core/org/org.model';
import { callAction } from './cloud';

// Type-only imports of the contracts: the shapes stay in step with the server, zod stays out of the bundle.
export type AccountCreateInput = z.input<typeof accountCreateInput>;
export type AccountListInput = z.input<typeof accountListInput>;

export const createAccount = (input: AccountCreateInput) =>
  callAction<{ account: AccountView; code: IssuedCode }>('account.create', input);

export const listAccounts = (input: AccountListInput) => callAction<PageResult<AccountView>>('account.list', input);

export const setAccountStatus = (id: string, status: AccountStatus) => callAction<AccountView>('account.setStatus', { id, status });

export const reissueCode = (id: string) => callAction<IssuedCode>('account.reissueCode', { id });

export const revokeCode = (id: string) => callAction<{ revoked: number }>('account.revokeCode', { id });
