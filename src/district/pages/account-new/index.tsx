import { Button, Input, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormField } from '@/components/form-field';
import { STAFF_ROLE_OPTIONS } from '../../account-labels';
import { needsDepartment, needsSteward, needsUnit } from '../../account-form.rules';
import { OptionsField } from '../../components/options-field';
import { useAccountForm } from '../../hooks/use-account-form';
import { useDepartmentOptions, useStewardOptions, useUnitOptions } from '../../hooks/use-org-options';
import '../../district.scss';

/** The district opens an account for a staff member; the person binds it with the code shown next. */
export default function AccountNewPage() {
  const { draft, change, errors, formError, submitting, submit } = useAccountForm();
  const units = useUnitOptions();
  const departments = useDepartmentOptions(needsDepartment(draft.role));
  const stewards = useStewardOptions(needsSteward(draft.role) ? draft.unitId : '');

  return (
    <View className='page-root district-page account-new'>
      <Card>
        <FormField label='账号类型' name='role' required error={errors.role}>
          <View className='chips role-chips'>
            {STAFF_ROLE_OPTIONS.map((option) => (
              <View
                key={option.value}
                className={`chip role-chip${draft.role === option.value ? ' chip--active' : ''}`}
                onClick={() => change({ role: option.value })}
              >
                {option.label}
              </View>
            ))}
          </View>
        </FormField>
        <FormField label='姓名' name='name' required error={errors.name}>
          <Input
            className='text-input name-input'
            value={draft.name}
            maxlength={20}
            placeholderClass='input-placeholder'
            placeholder='账号使用人的真实姓名'
            onInput={(e) => change({ name: e.detail.value })}
          />
        </FormField>
        <FormField label='手机号（选填）' name='phone' error={errors.phone}>
          <Input
            className='text-input phone-input'
            type='number'
            value={draft.phone}
            maxlength={11}
            placeholderClass='input-placeholder'
            placeholder='11 位手机号'
            onInput={(e) => change({ phone: e.detail.value })}
          />
        </FormField>
        {needsUnit(draft.role) ? (
          <FormField label='所属单位' name='unitId' required error={errors.unitId}>
            <OptionsField
              className='unit-picker'
              state={units}
              value={draft.unitId}
              placeholder='点击选择管理局、管委会或街镇'
              emptyText='暂无单位'
              onChange={(unitId) => change({ unitId })}
            />
          </FormField>
        ) : null}
        {needsSteward(draft.role) ? (
          <FormField label='协助的服务管家' name='stewardId' required error={errors.stewardId}>
            {draft.unitId ? (
              <OptionsField
                className='steward-picker'
                state={stewards}
                value={draft.stewardId}
                placeholder='点击选择服务管家'
                emptyText='该单位还没有服务管家'
                onChange={(stewardId) => change({ stewardId })}
              />
            ) : (
              <View className='option-picker option-picker--empty'>请先选择所属单位</View>
            )}
          </FormField>
        ) : null}
        {needsDepartment(draft.role) ? (
          <FormField label='承办部门' name='departmentId' required error={errors.departmentId}>
            <OptionsField
              className='department-picker'
              state={departments}
              value={draft.departmentId}
              placeholder='点击选择承办部门'
              emptyText='暂无承办部门'
              onChange={(departmentId) => change({ departmentId })}
            />
          </FormField>
        ) : null}
      </Card>
      {formError ? <View className='form-error'>{formError}</View> : null}
      <View className='form-actions'>
        <Button
          className={`primary-button submit-button${submitting ? ' is-disabled' : ''}`}
          disabled={submitting}
          onClick={() => void submit()}
        >
          {submitting ? '创建中…' : '创建账号并生成绑定码'}
        </Button>
      </View>
    </View>
  );
}
