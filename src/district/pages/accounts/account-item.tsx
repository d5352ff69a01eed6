import { Text, View } from '@tarojs/components';
import type { AccountView } from '@/core/org/org.model';
import { bindingLabel, roleLabel } from '../../account-labels';

interface AccountItemProps {
  account: AccountView;
  orgName?: string;
  busy: boolean;
  onToggleStatus: () => void;
  onReissue: () => void;
  onRevoke: () => void;
}

export function AccountItem({ account, orgName, busy, onToggleStatus, onReissue, onRevoke }: AccountItemProps) {
  const binding = bindingLabel(account);
  const staff = account.role !== 'enterprise';
  return (
    <View className='list-item account-item'>
      <View className='list-item__head'>
        <Text className='list-item__title account-name'>{account.name}</Text>
        <Text className={`tag account-status ${account.status === 'active' ? 'tag--ok' : 'tag--muted'}`}>
          {account.status === 'active' ? '启用' : '已停用'}
        </Text>
      </View>
      <View className='list-item__meta'>
        <Text className='tag tag--info account-role'>{roleLabel(account.role)}</Text>
        {orgName ? <Text className='account-org'>{orgName}</Text> : null}
      </View>
      <View className='list-item__meta'>
        <Text className={`tag tag--${binding.tone} account-binding`}>{binding.text}</Text>
        {account.phone ? <Text className='account-phone'>{account.phone}</Text> : null}
      </View>
      <View className='list-item__actions'>
        {busy ? <Text className='row-action'>处理中…</Text> : null}
        {!busy ? (
          <Text className={`row-action toggle-status${account.status === 'active' ? ' row-action--danger' : ''}`} onClick={onToggleStatus}>
            {account.status === 'active' ? '停用' : '启用'}
          </Text>
        ) : null}
        {!busy && staff && account.status === 'active' ? (
          <Text className='row-action reissue-code' onClick={onReissue}>
            {account.bound ? '发放换绑码' : '重新发放绑定码'}
          </Text>
        ) : null}
        {!busy && staff && !account.bound && account.pendingCodeExpiresAt ? (
          <Text className='row-action row-action--danger revoke-code' onClick={onRevoke}>
            作废绑定码
          </Text>
        ) : null}
      </View>
    </View>
  );
}
