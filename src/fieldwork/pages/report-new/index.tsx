import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { paramText } from '@/utils/org-urls';
import { EnterpriseField } from '@/components/org/enterprise-field';
import { useReportForm } from '../../hooks/use-report-form';
import { REPORT_CATEGORIES, REPORT_FIELDS, type ReportCategory } from '../../report-fields';
import { FieldInput } from './field-input';
import { ReportResult } from './report-result';
import './index.scss';

/** A steward or liaison reports key information (art. 5.5): the category first, then its own fields. */
export default function ReportNewPage() {
  const params = useRouter().params;
  const fixedId = params.enterpriseId ?? '';
  const form = useReportForm(fixedId);

  if (form.result) {
    return (
      <View className='page-root report-new-page'>
        <ReportResult report={form.result} onAgain={form.again} />
      </View>
    );
  }
  return (
    <View className='page-root report-new-page'>
      <Card>
        <EnterpriseField
          fixedName={fixedId ? paramText(params.name) : undefined}
          value={form.enterpriseId}
          onChange={(id) => form.setEnterpriseId(id)}
          error={form.errors.enterpriseId}
        />
        <FormField label='信息类别' name='category' required>
          <ChoiceChips className='report-categories' options={REPORT_CATEGORIES} value={form.category} onChange={(c) => form.choose(c as ReportCategory)} />
        </FormField>
      </Card>
      {form.category ? (
        <Card className='report-fields' title={form.category}>
          {REPORT_FIELDS[form.category].map((field) => (
            <FieldInput key={field.key} field={field} value={form.values[field.key] ?? ''} error={form.errors[field.key]} onChange={(v) => form.change(field.key, v)} />
          ))}
        </Card>
      ) : (
        <View className='page-note'>请选择信息类别。企业迁出、外省市领导来访调研等情况报送后会即时提示属地单位和区科经委。</View>
      )}
      {form.category ? (
        <FormActions error={form.formError} busy={form.submitting} busyLabel='报送中…' label='报送' onSubmit={() => void form.submit()} />
      ) : form.formError ? (
        <View className='form-error'>{form.formError}</View>
      ) : null}
    </View>
  );
}
