import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { OptionsField } from '@/components/options-field';
import { TextField } from '@/components/text-field';
import { StewardField } from '@/components/org/steward-field';
import { roleLabel, STAFF_ROLE_OPTIONS } from '../../account-labels';
import { needsDepartment, needsSteward, needsUnit } from '../../account-form.rules';
import { useAccountForm } from '../../hooks/use-account-form';
import { useDepartmentOptions, useUnitOptions } from '../../hooks/use-org-options';
import { OverrideReasonField } from '../../components/override-reason-field';

const ROLES = STAFF_ROLE_OPTIONS.map((option) => option.value);


/** The district opens an account for a staff member; the person binds it with the code shown next. */
export default function AccountNewPage() {
  const { draft, change, errors, formError, submitting, submit } = useAccountForm();
  const units = useUnitOptions();
  const departments = useDepartmentOptions(needsDepartment(draft.role));

  return (
    <View className='page-root account-new'>
      <Card>
        <FormField label='账号类型' name='role' required error={errors.role}>
          <ChoiceChips className='role-chips' chipClassName='role-chip' options={ROLES} label={roleLabel} value={draft.role} onChange={(role) => change({ role })} />
        </FormField>
        <TextField label='姓名' name='name' required error={errors.name} value={draft.name} maxLength={20} placeholder='账号使用人的真实姓名' onChange={(name) => change({ name })} />
        <TextField label='手机号（选填）' name='phone' type='number' error={errors.phone} value={draft.phone} maxLength={11} placeholder='11 位手机号' onChange={(phone) => change({ phone })} />
        {needsUnit(draft.role) ? (
          <FormField label='所属单位' name='unitId' required error={errors.unitId}>
            <OptionsField className='unit-picker' state={units} value={draft.unitId} placeholder='点击选择管理局、管委会或街镇' emptyText='暂无单位' onChange={(unitId) => change({ unitId })} />
          </FormField>
        ) : null}
        {needsSteward(draft.role) ? (
          <FormField label='协助的服务管家' name='stewardId' required error={errors.stewardId}>
            {draft.unitId ? (
              <StewardField key={draft.unitId} className='steward-picker' unitId={draft.unitId} value={draft.stewardId} placeholder='点击选择服务管家' onChange={(stewardId) => change({ stewardId })} />
            ) : (
              <View className='picker-value picker-value--empty'>请先选择所属单位</View>
            )}
          </FormField>
        ) : null}
        {needsDepartment(draft.role) ? (
          <FormField label='承办部门' name='departmentId' required error={errors.departmentId}>
            <OptionsField className='department-picker' state={departments} value={draft.departmentId} placeholder='点击选择承办部门' emptyText='暂无承办部门' onChange={(departmentId) => change({ departmentId })} />
          </FormField>
        ) : null}
        <OverrideReasonField value={draft.overrideReason} error={errors.overrideReason} onChange={(overrideReason) => change({ overrideReason })} />
      </Card>
      <FormActions error={formError} busy={submitting} busyLabel='创建中…' label='创建账号并生成绑定码' onSubmit={() => void submit()} />
    </View>
  );
}
