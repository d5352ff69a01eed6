import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { AccountView } from '@/core/org/org.model';
import { reissueCode, revokeCode, setAccountStatus } from '../services/account.service';
import { toCloudError } from '@/services/cloud-error';
import { roleLabel } from '../account-labels';
import { handOverIssuedCode } from '../issued-code-store';
import { DISTRICT_URLS } from '../urls';

const confirm = async (title: string, content: string) => (await Taro.showModal({ title, content })).confirm;
/** A refusal that says what to do first (a handover, a staffing rule) is read in full, in a dialog. */
const EXPLAINED = ['HANDOVER_FIRST', 'STAFFING_RULE'];
const toastError = (err: unknown) => {
  const error = toCloudError(err);
  if (EXPLAINED.includes(error.code)) void Taro.showModal({ title: '无法完成', content: error.message, showCancel: false });
  else void Taro.showToast({ title: error.message, icon: 'none' });
};

/**
 * What the district does to one account from the list. Changed rows are kept here and shown
 * over the list's copy, so the list does not reload and lose its place.
 */
export function useAccountActions() {
  const [changed, setChanged] = useState<Record<string, AccountView>>({});
  const [busyId, setBusyId] = useState('');
  const patch = (account: AccountView) => setChanged((current) => ({ ...current, [account.id]: account }));

  async function run(id: string, work: () => Promise<void>) {
    if (busyId) return;
    setBusyId(id);
    try {
      await work();
    } catch (err) {
      toastError(err);
    } finally {
      setBusyId('');
    }
  }

  const toggleStatus = (account: AccountView) =>
    run(account.id, async () => {
      const disabling = account.status === 'active';
      const question = disabling
        ? `停用后“${account.name}”将无法使用本平台，确定停用吗？`
        : `确定重新启用“${account.name}”的账号吗？`;
      if (!(await confirm(disabling ? '停用账号' : '启用账号', question))) return;
      patch(await setAccountStatus(account.id, disabling ? 'disabled' : 'active'));
      void Taro.showToast({ title: disabling ? '已停用' : '已启用', icon: 'success' });
    });

  const reissue = (account: AccountView) =>
    run(account.id, async () => {
      const question = account.bound
        ? `“${account.name}”已绑定微信。新绑定码被使用后，账号将换绑到使用它的微信，原微信随即无法使用。`
        : `将为“${account.name}”生成新的绑定码，原绑定码随即作废。`;
      if (!(await confirm(account.bound ? '发放换绑码' : '重新发放绑定码', question))) return;
      const code = await reissueCode(account.id);
      patch({ ...account, pendingCodeExpiresAt: code.expiresAt });
      handOverIssuedCode({ accountName: account.name, roleLabel: roleLabel(account.role), code });
      void Taro.navigateTo({ url: DISTRICT_URLS.accountCode });
    });

  const revoke = (account: AccountView) =>
    run(account.id, async () => {
      if (!(await confirm('作废绑定码', `“${account.name}”尚未使用的绑定码将立即失效。`))) return;
      const { revoked } = await revokeCode(account.id);
      patch({ ...account, pendingCodeExpiresAt: undefined });
      void Taro.showToast({ title: revoked > 0 ? '绑定码已作废' : '没有可作废的绑定码', icon: 'none' });
    });

  const current = (account: AccountView) => changed[account.id] ?? account;
  const forget = () => setChanged({});

  return { current, busyId, toggleStatus, reissue, revoke, forget };
}
