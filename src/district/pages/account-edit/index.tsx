import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { EmptyState } from '@/components/empty-state';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { OptionsField } from '@/components/options-field';
import { TextField } from '@/components/text-field';
import type { AccountView } from '@/core/org/org.model';
import { needsDepartment, needsUnit } from '../../account-form.rules';
import { roleLabel } from '../../account-labels';
import { accountToEdit } from '../../account-edit-store';
import { OverrideReasonField } from '../../components/override-reason-field';
import { useAccountEdit } from '../../hooks/use-account-edit';
import { useDepartmentOptions, useUnitOptions } from '../../hooks/use-org-options';

/** The district edits an account, and moves a steward or 总管家 to another unit (art. 10). */
export default function AccountEditPage() {
  const account = accountToEdit();
  if (!account) return <EmptyState title='请从账号列表选择要修改的账号' />;
  return <AccountEditForm account={account} />;
}

function AccountEditForm({ account }: { account: AccountView }) {
  const { draft, change, errors, formError, submitting, submit, role } = useAccountEdit(account);
  const units = useUnitOptions();
  const departments = useDepartmentOptions(needsDepartment(role));
  return (
    <View className='page-root account-edit'>
      <Card title={`${roleLabel(account.role)}账号`}>
        <TextField label='姓名' name='name' required error={errors.name} value={draft.name} maxLength={20} onChange={(name) => change({ name })} />
        <TextField label='手机号' name='phone' type='number' error={errors.phone} value={draft.phone} maxLength={11} placeholder='11 位手机号' onChange={(phone) => change({ phone })} />
        {needsUnit(role) ? (
          <FormField label='所属单位' name='unitId' required error={errors.unitId}>
            <OptionsField className='unit-picker' state={units} value={draft.unitId} placeholder='点击选择单位' emptyText='暂无单位' onChange={(unitId) => change({ unitId })} />
          </FormField>
        ) : null}
        {needsDepartment(role) ? (
          <FormField label='承办部门' name='departmentId' required error={errors.departmentId}>
            <OptionsField className='department-picker' state={departments} value={draft.departmentId} placeholder='点击选择承办部门' emptyText='暂无承办部门' onChange={(departmentId) => change({ departmentId })} />
          </FormField>
        ) : null}
        <OverrideReasonField value={draft.overrideReason} error={errors.overrideReason} onChange={(overrideReason) => change({ overrideReason })} />
      </Card>
      {account.role === 'steward' ? (
        <Notice tone='info' className='account-move-rule'>
          管家调往其他单位前，须先将名下企业交接给原单位的其他管家；其联络员留在原单位，由总管家重新配置。
        </Notice>
      ) : null}
      <FormActions error={formError} busy={submitting} busyLabel='保存中…' label='保存' onSubmit={() => void submit()} />
    </View>
  );
}
