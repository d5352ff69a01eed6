import { Button, Input, Textarea, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormField } from '@/components/form-field';
import { SegmentTabs } from '@/components/org/segment-tabs';
import { useProposalForm } from '@/hooks/use-proposal-form';
import { REASON_MAX } from '@/utils/proposal-form.rules';
import { EnterpriseSearchPick } from './enterprise-search-pick';
import '../../components/unit.scss';

const KINDS = [
  { label: '建议纳入企业', kind: 'add' as const },
  { label: '建议移出企业', kind: 'remove' as const },
];

/** Propose adding an enterprise to the key list, or removing one; the district decides. */
export default function ProposalNewPage() {
  const { draft, change, errors, formError, submitting, submit } = useProposalForm();
  const kind = KINDS.find((k) => k.kind === draft.kind) ?? KINDS[0];
  const text = (field: 'name' | 'creditCode' | 'industry' | 'address', placeholder: string, max: number) => (
    <Input
      className={`field-input ${field}-input`}
      value={draft[field]}
      maxlength={max}
      placeholderClass='input-placeholder'
      placeholder={placeholder}
      onInput={(e) => change({ [field]: e.detail.value })}
    />
  );

  return (
    <View className='page-root proposal-new'>
      <SegmentTabs tabs={KINDS} active={kind} onChange={(k) => change({ kind: k.kind })} />
      <Card>
        {draft.kind === 'add' ? (
          <>
            <FormField label='企业名称' name='name' required error={errors.name}>
              {text('name', '营业执照上的全称', 60)}
            </FormField>
            <FormField label='统一社会信用代码' name='creditCode' required error={errors.creditCode}>
              {text('creditCode', '18 位代码', 18)}
            </FormField>
            <FormField label='行业' name='industry' required error={errors.industry}>
              {text('industry', '如：生物医药', 20)}
            </FormField>
            <FormField label='地址' name='address' required error={errors.address}>
              {text('address', '企业经营地址', 100)}
            </FormField>
          </>
        ) : (
          <FormField label='移出的企业' name='enterpriseId' required error={errors.enterpriseId}>
            <EnterpriseSearchPick
              picked={draft.enterpriseId ? { id: draft.enterpriseId, name: draft.enterpriseName } : null}
              onPick={(e) => change({ enterpriseId: e?.id ?? '', enterpriseName: e?.name ?? '' })}
            />
          </FormField>
        )}
        <FormField label='建议理由' name='reason' required error={errors.reason}>
          <Textarea
            className='field-textarea reason-input'
            value={draft.reason}
            maxlength={REASON_MAX}
            placeholderClass='input-placeholder'
            placeholder={draft.kind === 'add' ? '如：年营收增长快、属重点产业，建议纳入服务包' : '如：企业已迁出浦东'}
            onInput={(e) => change({ reason: e.detail.value })}
          />
        </FormField>
      </Card>
      {formError ? <View className='form-error'>{formError}</View> : null}
      <View className='form-actions'>
        <Button
          className={`primary-button submit-button${submitting ? ' is-disabled' : ''}`}
          {...(submitting ? { disabled: true } : {})}
          onClick={() => void submit()}
        >
          {submitting ? '提交中…' : '提交建议'}
        </Button>
      </View>
    </View>
  );
}
