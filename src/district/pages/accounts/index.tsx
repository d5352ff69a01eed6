import { useMemo, useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AccountStatus, AccountView } from '@/core/org/org.model';
import type { Role } from '@/core/roles';
import { useAsyncData } from '@/hooks/use-async-data';
import { usePagedList } from '@/hooks/use-paged-list';
import { listAccounts } from '../../services/account.service';
import { listDepartments } from '@/services/org.service';
import { listUnits } from '../../services/district.service';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import type { Option } from '@/utils/option';
import { STAFF_ROLE_OPTIONS } from '../../account-labels';
import { useAccountActions } from '../../hooks/use-account-actions';
import { DISTRICT_URLS } from '../../urls';
import { handOverAccountToEdit } from '../../account-edit-store';
import { AccountItem } from './account-item';


const ROLE_FILTERS: Option<Role | undefined>[] = [
  { label: '全部', value: undefined },
  ...STAFF_ROLE_OPTIONS,
  { label: '企业联系人', value: 'enterprise' },
];
const STATUS_FILTERS: Option<AccountStatus | undefined>[] = [
  { label: '全部状态', value: undefined },
  { label: '启用', value: 'active' },
  { label: '已停用', value: 'disabled' },
];

/** Every account on the platform, by role and status; create, disable, and hand out binding codes. */
export default function AccountsPage() {
  const [roleTab, setRoleTab] = useState(ROLE_FILTERS[0]);
  const [statusTab, setStatusTab] = useState(STATUS_FILTERS[0]);
  const filter = useMemo(() => ({ role: roleTab.value, status: statusTab.value }), [roleTab, statusTab]);
  const list = usePagedList({
    fetchPage: (page, pageSize) => listAccounts({ ...filter, page, pageSize }),
    keyOf: (account) => account.id,
    resetKey: filter,
  });
  const actions = useAccountActions();
  // Rows carry ids; the names come from the organisation lists, loaded once.
  const units = useAsyncData(listUnits, 'units');
  const departments = useAsyncData(listDepartments, 'departments');
  const nameIn = (state: typeof units.state | typeof departments.state, id?: string) =>
    state.status === 'ready' && id ? state.data.find((item) => item.id === id)?.name : undefined;
  const orgNameOf = (account: AccountView) =>
    account.unitName ?? nameIn(units.state, account.unitId) ?? nameIn(departments.state, account.departmentId);

  const refresh = async () => {
    actions.forget();
    await list.refresh();
  };
  useListPageEvents({ refresh, loadMore: list.loadMore, onReturn: refresh });

  return (
    <View className='page-root accounts-page'>
      <View className='toolbar'>
        <View className='toolbar__grow'>
          <Tabs name='status' tabs={STATUS_FILTERS} active={statusTab} onChange={setStatusTab} />
        </View>
        <Button className='primary-button toolbar-button new-account-button' size='mini' onClick={() => void Taro.navigateTo({ url: DISTRICT_URLS.accountNew })}>
          新建账号
        </Button>
      </View>
      <Tabs name='role' tabs={ROLE_FILTERS} active={roleTab} onChange={setRoleTab} />
      <PagedList
        list={list}
        emptyTitle='没有符合条件的账号'
        emptyHint='可点击右上角“新建账号”为管家、联络员、总管家或承办部门开通账号。'
        renderItem={(item) => {
          const account = actions.current(item);
          return (
            <AccountItem
              key={account.id}
              account={account}
              orgName={orgNameOf(account)}
              busy={actions.busyId === account.id}
              onToggleStatus={() => void actions.toggleStatus(account)}
              onReissue={() => void actions.reissue(account)}
              onRevoke={() => void actions.revoke(account)}
              onEdit={() => {
                handOverAccountToEdit(account);
                void Taro.navigateTo({ url: DISTRICT_URLS.accountEdit });
              }}
            />
          );
        }}
      />
    </View>
  );
}
