import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { OptionsField } from '@/components/options-field';
import { TextField } from '@/components/text-field';
import { LocationField } from '@/components/org/location-field';
import { StewardField } from '@/components/org/steward-field';
import type { EnterpriseView } from '@/core/org/org.model';
import { useEnterpriseForm } from '../../hooks/use-enterprise-form';
import { useUnitOptions } from '../../hooks/use-org-options';
import type { EnterpriseDraft } from '../../enterprise-form.rules';
import { RemoveSection } from './remove-section';

export function EnterpriseForm({ existing }: { existing?: EnterpriseView }) {
  const form = useEnterpriseForm(existing);
  const { draft, change, errors } = form;
  const units = useUnitOptions();
  const removed = existing?.status === 'removed';

  const text = (field: keyof EnterpriseDraft, label: string, placeholder: string, required = true, maxlength = 60) => (
    <TextField
      label={label}
      name={field}
      required={required}
      error={errors[field]}
      value={draft[field]}
      maxLength={maxlength}
      disabled={removed}
      placeholder={placeholder}
      onChange={(value) => change({ [field]: value })}
    />
  );

  return (
    <View className='page-root enterprise-edit'>
      {removed ? <View className='page-note warn-text'>该企业已移出重点企业清单，仅供查看。</View> : null}
      <Card>
        {text('name', '企业名称', '营业执照上的全称')}
        {existing ? (
          <ReadOnly label='统一社会信用代码' value={existing.creditCode} />
        ) : (
          text('creditCode', '统一社会信用代码', '18 位，如 91310115MA1K3YJX2D', true, 18)
        )}
        {text('industry', '行业', '如 集成电路、生物医药', true, 20)}
        {text('address', '地址', '注册或经营地址', true, 100)}
        {removed ? null : (
          <LocationField withAddress value={{ latitude: draft.latitude, longitude: draft.longitude }} error={errors.latitude ?? errors.longitude} onChange={(patch) => change(patch)} />
        )}
        {existing ? (
          <>
            <ReadOnly label='属地单位' value={existing.unitName ?? units.options.find((u) => u.value === existing.unitId)?.label ?? ''} />
            <ReadOnly label='服务管家' value={existing.stewardName || '待分配'} />
          </>
        ) : (
          <>
            <FormField label='属地单位' name='unitId' required error={errors.unitId}>
              <OptionsField className='unit-picker' state={units} value={draft.unitId} placeholder='点击选择属地单位' emptyText='暂无单位' onChange={(unitId) => change({ unitId })} />
            </FormField>
            <FormField label='服务管家（选填，可由总管家稍后分配）' name='stewardId' error={errors.stewardId}>
              {draft.unitId ? (
                <StewardField key={draft.unitId} className='steward-picker' unitId={draft.unitId} assignable value={draft.stewardId} placeholder='暂不分配' onChange={(stewardId) => change({ stewardId })} />
              ) : (
                <View className='picker-value picker-value--empty'>请先选择属地单位</View>
              )}
            </FormField>
          </>
        )}
        {text('tags', '标签（选填）', '多个标签用“、”或“,”分隔', false, 200)}
        {text('contactCadenceDays', '联系周期（天）', '默认 30 天', true, 3)}
        {text('visitCadenceDays', '上门走访周期（天）', '默认 90 天', true, 3)}
      </Card>
      {removed ? (
        <View className='form-error'>{form.formError}</View>
      ) : (
        <FormActions error={form.formError} busy={Boolean(form.sending)} busyLabel={form.sending === 'save' ? '保存中…' : '处理中…'} label={existing ? '保存' : '加入重点企业清单'} onSubmit={() => void form.save()} />
      )}
      {existing && !removed ? <RemoveSection error={form.reasonError} sending={form.sending === 'remove'} onRemove={form.remove} /> : null}
    </View>
  );
}

function ReadOnly({ label, value }: { label: string; value: string }) {
  return (
    <View className='form-field'>
      <View className='form-field__label'>{label}</View>
      <Text className='text-field__input read-only-value'>{value}</Text>
    </View>
  );
}
