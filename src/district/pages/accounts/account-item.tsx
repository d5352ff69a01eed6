import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { RecordHead } from '@/components/record-head';
import type { AccountView } from '@/core/org/org.model';
import { bindingLabel, roleLabel } from '../../account-labels';

interface AccountItemProps {
  account: AccountView;
  orgName?: string;
  busy: boolean;
  onToggleStatus: () => void;
  onReissue: () => void;
  onRevoke: () => void;
  onEdit: () => void;
}

export function AccountItem({ account, orgName, busy, onToggleStatus, onReissue, onRevoke, onEdit }: AccountItemProps) {
  const binding = bindingLabel(account);
  const staff = account.role !== 'enterprise';
  return (
    <View className='list-item account-item'>
      <RecordHead title={account.name} titleClassName='account-name'>
        <Chip tone={account.status === 'active' ? 'ok' : 'muted'} className='account-status'>
          {account.status === 'active' ? '启用' : '已停用'}
        </Chip>
      </RecordHead>
      <View className='list-item__meta'>
        <Chip className='list-item__tag account-role'>{roleLabel(account.role)}</Chip>
        {orgName ? <Text className='account-org'>{orgName}</Text> : null}
      </View>
      <View className='list-item__meta'>
        <Chip tone={binding.tone} className='list-item__tag account-binding'>
          {binding.text}
        </Chip>
        {account.phone ? <Text className='account-phone'>{account.phone}</Text> : null}
      </View>
      {account.staffingOverride ? <View className='list-item__meta account-override'>{`例外配置：${account.staffingOverride}`}</View> : null}
      <View className='list-item__actions'>
        {busy ? <Text className='row-action'>处理中…</Text> : null}
        {!busy ? (
          <Text className={`row-action toggle-status${account.status === 'active' ? ' row-action--danger' : ''}`} onClick={onToggleStatus}>
            {account.status === 'active' ? '停用' : '启用'}
          </Text>
        ) : null}
        {!busy && staff ? (
          <Text className='row-action edit-account' onClick={onEdit}>
            修改
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
